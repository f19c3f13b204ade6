package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Asks the applicant of a pre-application for corrections (预审补正). */
@PrimaryPort
public interface RequestCorrectionsUseCase {

    PreApplicationView requestCorrections(RequestCorrectionsCommand command);
}
