package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * 证照: the licence issued after an approval.
 *
 * @param serveBy     the last day allowed by Administrative Licensing Law Art. 44 (10 working days
 *                    after the decision)
 * @param withinLimit whether it was issued by then
 */
@ValueObject
public record Certificate(String number, LocalDate issuedOn, String issuedBy, LocalDate serveBy,
        boolean withinLimit) {

    public Certificate {
        number = Texts.required("certificateNumber", number);
        Texts.given("issuedOn", issuedOn);
        Texts.given("serveBy", serveBy);
    }
}
