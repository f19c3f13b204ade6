package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Issues the certificate of an approved case (制证, Art. 44). */
@PrimaryPort
public interface IssueCertificateUseCase {

    CaseView issueCertificate(IssueCertificateCommand command);
}
