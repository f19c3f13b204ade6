package org.openhall.catalog.application.port.in;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.openhall.catalog.domain.CatalogAction;
import org.openhall.catalog.domain.CatalogChange;

/**
 * One entry of the catalog's change log (事项变更记录).
 *
 * @param at            when, with the centre's offset
 * @param version       the version added, or {@code null} for a change of a draft
 * @param effectiveFrom the day that version takes effect, or {@code null}
 */
public record CatalogChangeView(String actor, OffsetDateTime at, CatalogAction action, String code, Integer version,
        LocalDate effectiveFrom, String reason) {

    public static CatalogChangeView of(CatalogChange change) {
        return new CatalogChangeView(change.actor(), change.at(), change.action(), change.code().value(),
                change.version(), change.effectiveFrom(), change.reason());
    }
}
