package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records the applicant's withdrawal (撤回); the case closes. */
@PrimaryPort
public interface WithdrawCaseUseCase {

    CaseView withdraw(WithdrawCaseCommand command);
}
