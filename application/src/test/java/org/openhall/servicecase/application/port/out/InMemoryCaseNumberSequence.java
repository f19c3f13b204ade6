package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.servicecase.domain.CaseNumber;
import org.openhall.servicecase.domain.CaseNumberPattern;

/** A {@link CaseNumberSequence} that counts in memory, per scope of the pattern, for tests of the use cases. */
public class InMemoryCaseNumberSequence implements CaseNumberSequence {

    private final Map<String, Long> last = new ConcurrentHashMap<>();

    @Override
    public CaseNumber next(CaseNumberPattern pattern, String regionCode, LocalDate day) {
        long value = last.merge(pattern.scope(regionCode, day), 1L, Long::sum);
        return pattern.number(regionCode, day, value);
    }
}
