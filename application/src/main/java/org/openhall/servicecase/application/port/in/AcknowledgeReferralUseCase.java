package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Acknowledges a referred consultation (转办签收); the acknowledging clerk becomes responsible. */
@PrimaryPort
public interface AcknowledgeReferralUseCase {

    ConsultationView acknowledge(AcknowledgeReferralCommand command);
}
