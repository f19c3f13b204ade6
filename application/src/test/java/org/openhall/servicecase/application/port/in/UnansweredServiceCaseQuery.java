package org.openhall.servicecase.application.port.in;

import java.util.List;
import java.util.Optional;

import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.time.DeadlineExplanation;

/**
 * A {@link ServiceCaseQuery} for tests of other contexts that read single cases: every question is
 * refused until a subclass answers it, so a test notices when the code under test asks something new.
 */
public abstract class UnansweredServiceCaseQuery implements ServiceCaseQuery {

    @Override
    public CaseView get(Actor actor, ServiceCaseId id) {
        throw new UnsupportedOperationException("get");
    }

    @Override
    public Optional<CaseView> find(Actor actor, ServiceCaseId id) {
        throw new UnsupportedOperationException("find");
    }

    @Override
    public Page<CaseSummaryView> list(Actor actor, CaseListFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("list");
    }

    @Override
    public DeadlineExplanation explainDeadline(Actor actor, ServiceCaseId id, DeadlineKind kind) {
        throw new UnsupportedOperationException("explainDeadline");
    }

    @Override
    public List<TransitionView> history(Actor actor, ServiceCaseId id) {
        throw new UnsupportedOperationException("history");
    }

    @Override
    public Page<CaseSummaryView> queue(Actor actor, PageRequest page) {
        throw new UnsupportedOperationException("queue");
    }
}
