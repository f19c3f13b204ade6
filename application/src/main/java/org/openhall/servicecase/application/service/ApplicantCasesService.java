package org.openhall.servicecase.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.servicecase.application.port.in.ApplicantCaseView;
import org.openhall.servicecase.application.port.in.ApplicantCasesQuery;
import org.openhall.servicecase.application.port.out.ApplicantCasesPort;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.transaction.annotation.Transactional;

/** Lists an applicant's open cases by phone number, masking the name on the way out. */
@Application
public class ApplicantCasesService implements ApplicantCasesQuery {

    private final ApplicantCasesPort cases;

    public ApplicantCasesService(ApplicantCasesPort cases) {
        this.cases = cases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApplicantCaseView> openCasesOf(PhoneNumber phone) {
        return cases.casesOf(phone, CaseStatus.OPEN, LIMIT).stream()
                .map(c -> new ApplicantCaseView(c.id(), c.number(), c.itemName(), c.department(), c.status(),
                        new PersonName(c.applicantName()).masked(), c.receivedOn(), c.promisedDueOn()))
                .toList();
    }
}
