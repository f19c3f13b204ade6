package org.openhall.servicecase.application.service;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.ApplicantContactQuery;
import org.openhall.servicecase.application.port.in.ApplicantContactView;
import org.openhall.servicecase.application.port.out.ServiceCaseRepository;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.ServiceCase;
import org.openhall.servicecase.domain.ServiceCaseId;
import org.openhall.shared.domain.InvalidValue;
import org.springframework.transaction.annotation.Transactional;

/** Reads the applicant's contact from the stored case; the name leaves masked, the identity number never. */
@Application
public class ApplicantContactService implements ApplicantContactQuery {

    private final ServiceCaseRepository cases;

    public ApplicantContactService(ServiceCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApplicantContactView> contactOf(String caseId) {
        ServiceCaseId id;
        try {
            id = ServiceCaseId.of(caseId);
        } catch (InvalidValue notAnId) {
            return Optional.empty();
        }
        return cases.findById(id).map(ApplicantContactService::contact);
    }

    private static ApplicantContactView contact(ServiceCase c) {
        Applicant a = c.applicant();
        return new ApplicantContactView(c.getId().toString(), c.number().value(), c.department().value(),
                a.phone().value(), a.phone().isMobile(), a.name().masked(), c.snapshot().itemName());
    }
}
