package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * A ratable service event (可评价的服务事项): a case that ended (办结, 不予受理, 撤回) or a ticket that was
 * followed up (回访). It exists only once the event may be rated; nothing else can be rated.
 *
 * @param id           the rating context's own id of the event
 * @param kind         case or ticket
 * @param reference    the case's or ticket's id in its own context
 * @param number       the case or ticket number the citizen holds
 * @param department   the department code that handled it
 * @param subject      the approval item's code for a case, the ticket class for a ticket
 * @param handlers     user names of the staff who handled it (a bad rating is assigned to them), in order
 * @param realName     whether the citizen is known by name (实名): always for a case, by choice for a ticket
 * @param ratableSince when it became ratable
 */
@ValueObject
public record RatedService(UUID id, RatedServiceKind kind, String reference, String number, String department,
        String subject, List<String> handlers, boolean realName, Instant ratableSince) {

    public RatedService {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ratableSince, "ratableSince");
        reference = required("reference", reference);
        number = required("number", number);
        department = required("department", department);
        handlers = List.copyOf(handlers);
    }

    /**
     * The rating of this event on {@code channel}; {@code comment} is optional. Whether another rating was
     * already given on that channel is for the store to tell (its unique key), not for a read beforehand.
     */
    public Rating rate(UUID ratingId, RatingChannel channel, RatingLevel level, String comment, String recordedBy,
            Instant at) {
        return new Rating(ratingId, id, channel, level, comment, realName, at, recordedBy, null);
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        return value.strip();
    }
}
