package org.openhall.disclosure.domain.request;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.openhall.shared.domain.identity.UnifiedSocialCreditCode;

/**
 * The applicant (申请人) of a request for information: a natural person with the identity card,
 * or an organisation with its unified social credit code (Art. 29 asks for name, identity
 * document and contact).
 *
 * <p>Invariants: a natural person has a resident identity number and no credit code; an
 * organisation a credit code and no identity number. The identifier is also what the
 * per-request fee scale counts by ("同一申请人", 国办函〔2020〕109号).
 *
 * @param kind natural person or organisation by kind (the report's columns)
 * @param name the person's name, or the organisation's name
 * @param idNumber the person's identity number; {@code null} for an organisation
 * @param creditCode the organisation's code; {@code null} for a person
 * @param phone how to reach the applicant; may be {@code null}
 * @param address where letters go; may be {@code null}
 */
@ValueObject
public record Requester(RequesterKind kind, String name, ResidentIdNumber idNumber, UnifiedSocialCreditCode creditCode,
        PhoneNumber phone, String address) {

    public Requester {
        if (kind == null) {
            throw new InvalidValue("requester.kind", "must be given");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValue("requester.name", "must not be blank");
        }
        name = kind.isNaturalPerson() ? new PersonName(name).value() : name.strip();
        if (kind.isNaturalPerson() && (idNumber == null || creditCode != null)) {
            throw new InvalidValue("requester.idNumber", "a natural person is identified by the identity number");
        }
        if (!kind.isNaturalPerson() && (creditCode == null || idNumber != null)) {
            throw new InvalidValue("requester.creditCode", "an organisation is identified by its credit code");
        }
        address = address == null || address.isBlank() ? null : address.strip();
    }

    /** The identity number or credit code: the same applicant however the name is written. */
    public String identifier() {
        return kind.isNaturalPerson() ? idNumber.value() : creditCode.value();
    }

    /** The name as public views show it: a person's masked (张*), an organisation's in full. */
    public String maskedName() {
        return kind.isNaturalPerson() ? new PersonName(name).masked() : name;
    }

    /** Masked, so that the applicant never lands in a log by accident. */
    @Override
    public String toString() {
        return "Requester[" + kind + ", " + maskedName() + "]";
    }
}
