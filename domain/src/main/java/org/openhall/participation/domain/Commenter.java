package org.openhall.participation.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * Who commented on a draft: a name and, if they chose to give one, a phone number to be reached on.
 * Personal data: the public sees the masked name only (张*), never the phone; staff see the full
 * contact only through an audited reveal.
 *
 * @param phone {@code null} when none was given
 */
@ValueObject
public record Commenter(PersonName name, PhoneNumber phone) {

    public Commenter {
        if (name == null) {
            throw new InvalidValue("commenter.name", "must be given");
        }
    }

    /** Masked, so that no log shows the contact. */
    @Override
    public String toString() {
        return "Commenter[" + name.masked() + "]";
    }
}
