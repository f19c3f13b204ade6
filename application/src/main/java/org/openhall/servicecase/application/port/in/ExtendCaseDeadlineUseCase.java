package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Grants a case its one extension (延期, Art. 42). */
@PrimaryPort
public interface ExtendCaseDeadlineUseCase {

    CaseView extend(ExtendCaseDeadlineCommand command);
}
