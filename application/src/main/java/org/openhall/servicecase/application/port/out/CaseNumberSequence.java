package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.CaseNumber;

/** Hands out case numbers that never repeat, even across restarts and instances. */
@SecondaryPort
public interface CaseNumberSequence {

    CaseNumber next(String regionCode, LocalDate day);
}
