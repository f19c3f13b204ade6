package org.openhall.participation.domain;

import java.time.Instant;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;

/**
 * The record that a staff member saw a citizen's full contact data (个人信息查看留痕): public views
 * mask names and never show phone numbers, and every reveal of the full data is kept, so that a
 * supervisor can tell who looked at whose data and when.
 *
 * @param holder     whose data: a commenter's or a hearing registrant's
 * @param holderId   the id of the comment or registration
 * @param disclosedTo the user name of the staff member
 * @param department the staff member's department, {@code null} for a supervisor without one
 */
@ValueObject
public record ContactDisclosure(ContactHolder holder, String holderId, String disclosedTo, String department,
        Instant at) {

    public ContactDisclosure {
        if (holder == null || holderId == null || holderId.isBlank() || disclosedTo == null || disclosedTo.isBlank()
                || at == null) {
            throw new InvalidValue("contactDisclosure", "holder, holder id, staff member and time must be given");
        }
    }

    /** The record of {@code actor} seeing the contact of {@code holderId} at {@code at}. */
    public static ContactDisclosure of(ContactHolder holder, String holderId, Actor actor, Instant at) {
        return new ContactDisclosure(holder, holderId, actor.username(),
                actor.department() == null ? null : actor.department().value(), at);
    }
}
