package org.openhall.servicecase.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Decides a case (办结: 准予 / 不予许可). */
@PrimaryPort
public interface DecideCaseUseCase {

    CaseView decide(DecideCaseCommand command);
}
