package org.openhall.participation.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * Someone who registers for a hearing (报名人): a name and a phone number, which the organiser needs
 * to deliver the materials. The public sees a selected representative's masked name only (张*);
 * staff see the full contact only through an audited reveal.
 */
@ValueObject
public record Registrant(PersonName name, PhoneNumber phone) {

    public Registrant {
        if (name == null) {
            throw new InvalidValue("registrant.name", "must be given");
        }
        if (phone == null) {
            throw new InvalidValue("registrant.phone", "must be given");
        }
    }

    /** Masked, so that no log shows the contact. */
    @Override
    public String toString() {
        return "Registrant[" + name.masked() + "]";
    }
}
