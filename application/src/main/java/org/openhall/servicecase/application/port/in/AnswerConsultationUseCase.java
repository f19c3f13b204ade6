package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Answers a consultation (咨询答复) and closes it. */
@PrimaryPort
public interface AnswerConsultationUseCase {

    ConsultationView answer(AnswerConsultationCommand command);
}
