package org.openhall.servicecase.application.port.in;

import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/** What staff read about consultations; each sees those of their own department. */
@PrimaryPort
public interface ConsultationQuery {

    ConsultationView get(Actor actor, ConsultationId id);

    /** Newest first. */
    Page<ConsultationView> list(Actor actor, ConsultationListFilter filter, PageRequest page);

    /** Every step, oldest first. */
    List<IntakeStepView> history(Actor actor, ConsultationId id);
}
