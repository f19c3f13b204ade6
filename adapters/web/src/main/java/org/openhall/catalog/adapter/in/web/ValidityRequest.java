package org.openhall.catalog.adapter.in.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * When a change of an item takes effect, and why.
 *
 * @param from   the first day of the new version; today or later for an item already in the catalog
 * @param reason required for a suspension and an abolition; a note for a resumption
 */
public record ValidityRequest(@NotNull LocalDate from, String reason) {
}
