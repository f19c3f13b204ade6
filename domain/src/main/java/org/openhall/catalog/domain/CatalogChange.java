package org.openhall.catalog.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * One entry of the catalog's change log (事项变更记录): who changed which item, when, how, and why.
 * Written in the same transaction as the change and never altered.
 *
 * @param actor         the username of whoever made the change
 * @param at            when, with the centre's offset
 * @param action        what was done
 * @param code          the item
 * @param version       the version added, or {@code null} for changes of a draft
 * @param effectiveFrom the day the new version takes effect, or {@code null} for changes of a draft
 * @param reason        the reason given, or {@code null}
 */
@ValueObject
public record CatalogChange(String actor, OffsetDateTime at, CatalogAction action, ApprovalItemCode code,
        Integer version, LocalDate effectiveFrom, String reason) {

    public CatalogChange {
        if (actor == null || actor.isBlank()) {
            throw new InvalidValue("change.actor", "must not be blank");
        }
        if (at == null || action == null || code == null) {
            throw new InvalidValue("change", "time, action and item are required");
        }
        if ((version == null) != (effectiveFrom == null)) {
            throw new InvalidValue("change.version", "a new version and its first day go together");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
