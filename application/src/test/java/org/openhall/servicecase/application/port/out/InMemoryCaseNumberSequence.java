package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.servicecase.domain.CaseNumber;

/** A {@link CaseNumberSequence} that counts in memory, for tests of the use cases. */
public class InMemoryCaseNumberSequence implements CaseNumberSequence {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private final Map<String, Long> last = new ConcurrentHashMap<>();

    @Override
    public CaseNumber next(String regionCode, LocalDate day) {
        String prefix = regionCode + "-" + DAY.format(day);
        long value = last.merge(prefix, 1L, Long::sum);
        return new CaseNumber(prefix + "-" + String.format("%05d", value));
    }
}
