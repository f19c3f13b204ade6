package org.openhall.servicecase.application.service;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.RevealApplicantUseCase;
import org.openhall.servicecase.application.port.in.RevealedApplicantView;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.Agent;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.springframework.transaction.annotation.Transactional;

/** Reveals a case's applicant and agent in full, within the caller's department scope. */
@Application
public class ApplicantRevealService implements RevealApplicantUseCase {

    private final ServiceCaseRepository cases;

    public ApplicantRevealService(ServiceCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public RevealedApplicantView reveal(Actor actor, ServiceCaseId id) {
        ServiceCase serviceCase = cases.findById(id).orElseThrow(() -> new ResourceNotFound("case", id.toString()));
        CaseScope.require(actor, serviceCase);
        ServiceCaseSnapshot s = serviceCase.snapshot();
        Agent agent = s.agent();
        return new RevealedApplicantView(s.id().toString(), s.number().value(), person(s.applicant()),
                agent == null ? null
                        : new RevealedApplicantView.Person(agent.name().value(), agent.idNumber().value(),
                                agent.phone().value()));
    }

    private static RevealedApplicantView.Person person(Applicant a) {
        return new RevealedApplicantView.Person(a.name().value(), a.idNumber().value(), a.phone().value());
    }
}
