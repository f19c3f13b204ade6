package org.openhall.servicecase.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/** What staff read about pre-applications; each sees those of their own department. */
@PrimaryPort
public interface PreApplicationQuery {

    PreApplicationView get(Actor actor, PreApplicationId id);

    /** Oldest due first, so that the most urgent pre-review leads the list. */
    Page<PreApplicationView> list(Actor actor, PreApplicationListFilter filter, PageRequest page);

    /** Every step, oldest first. */
    List<IntakeStepView> history(Actor actor, PreApplicationId id);
}
