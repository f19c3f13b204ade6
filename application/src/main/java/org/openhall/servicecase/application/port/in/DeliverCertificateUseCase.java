package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records the delivery of a certificate (送达). */
@PrimaryPort
public interface DeliverCertificateUseCase {

    CaseView deliver(DeliverCertificateCommand command);
}
