package org.openhall.catalog.application.port.in;

import java.time.LocalDate;

import org.openhall.catalog.domain.ApprovalItem;
import org.openhall.catalog.domain.ItemStatus;

/**
 * One line of an item's version history (版本沿革).
 *
 * @param validTo      the last day in force, or {@code null} while open-ended
 * @param statusReason why it was suspended or abolished, or {@code null}
 */
public record ItemVersionSummaryView(String code, int version, ItemStatus status, LocalDate validFrom,
        LocalDate validTo, String name, String statusReason) {

    public static ItemVersionSummaryView of(ApprovalItem item) {
        return new ItemVersionSummaryView(item.code().value(), item.version(), item.status(), item.validity().from(),
                item.validity().to(), item.name(), item.statusReason().orElse(null));
    }
}
