package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseNumberPattern;

/**
 * Hands out case numbers that never repeat, even across restarts and instances: one counter per
 * scope of the pattern (see {@link CaseNumberPattern#scope}).
 */
@SecondaryPort
public interface CaseNumberSequence {

    CaseNumber next(CaseNumberPattern pattern, String regionCode, LocalDate day);

    /** The next number under the {@linkplain CaseNumberPattern#DEFAULT default pattern}. */
    default CaseNumber next(String regionCode, LocalDate day) {
        return next(CaseNumberPattern.DEFAULT, regionCode, day);
    }
}
