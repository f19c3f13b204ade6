package org.openhall.servicecase.domain;


import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;

/**
 * The applicant (申请人) of a case: a natural person identified by the resident identity card.
 * Public views show only the masked forms.
 */
@ValueObject
public record Applicant(PersonName name, ResidentIdNumber idNumber, PhoneNumber phone) {

    public Applicant {
        if (name == null) {
            throw new InvalidValue("applicant.name", "must not be blank");
        }
        if (idNumber == null) {
            throw new InvalidValue("applicant.idNumber", "must not be blank");
        }
        if (phone == null) {
            throw new InvalidValue("applicant.phone", "must not be blank");
        }
    }
}
