package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records an enquiry (咨询登记) under first-contact responsibility (首问负责). */
@PrimaryPort
public interface RecordConsultationUseCase {

    ConsultationView record(RecordConsultationCommand command);
}
