package org.openhall.complaint.application.port.in;

import java.time.Instant;
import java.util.List;

import org.openhall.shared.domain.InvalidValue;

/**
 * A public search for tickets (GeoReport v2 {@code GET requests}): numbers or class codes (empty:
 * any), a window of receipt, and open and/or closed. Without numbers and dates the last
 * {@value #DEFAULT_DAYS} days are searched, as the specification advises.
 *
 * @param resolved {@code null} for both, {@code false} for open, {@code true} for closed tickets
 */
public record PublicTicketFilter(List<String> numbers, List<String> classCodes, Instant from, Instant to,
        Boolean resolved) {

    public static final int MAX_RESULTS = 1000;
    public static final int DEFAULT_DAYS = 90;

    public PublicTicketFilter {
        numbers = List.copyOf(numbers);
        classCodes = List.copyOf(classCodes);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidValue("start_date", "must not be after end_date");
        }
    }
}
