package org.openhall.servicecase.domain.consultation;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * The person who asked (咨询人): a name and a number to call back. Both are stored in full so that
 * the responsible clerk can reply, and shown masked (张*, 138****1234).
 */
@ValueObject
public record Enquirer(PersonName name, PhoneNumber phone) {

    public Enquirer {
        if (name == null) {
            throw new InvalidValue("enquirer.name", "must not be blank");
        }
        if (phone == null) {
            throw new InvalidValue("enquirer.phone", "must not be blank");
        }
    }
}
