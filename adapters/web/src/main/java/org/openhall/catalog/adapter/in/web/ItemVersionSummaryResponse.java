package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;

import org.openhall.catalog.domain.ItemStatus;

/**
 * One line of an item's version history (版本沿革).
 *
 * @param validTo {@code null} while open-ended
 */
public record ItemVersionSummaryResponse(String code, int version, ItemStatus status, LocalDate validFrom,
        LocalDate validTo, String name, String statusReason) {
}
