package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.openhall.catalog.domain.CatalogAction;

/**
 * One entry of the catalog's change log (事项变更记录).
 *
 * @param at            when, with the centre's offset
 * @param version       the version added; {@code null} for a change of a draft
 * @param effectiveFrom the day that version takes effect
 */
public record CatalogChangeResponse(String actor, OffsetDateTime at, CatalogAction action, String code,
        Integer version, LocalDate effectiveFrom, String reason) {
}
