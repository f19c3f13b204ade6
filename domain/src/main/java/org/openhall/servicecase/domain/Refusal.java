package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * 不予受理: the reasoned refusal to accept an application. Administrative Licensing Law Art. 32
 * and 38 want the refusal in writing with its reasons and the applicant's remedies, so both the
 * legal basis and the reason are mandatory.
 */
@ValueObject
public record Refusal(String legalBasis, String reason, LocalDate refusedOn, String refusedBy) {

    public Refusal {
        legalBasis = Texts.required("legalBasis", legalBasis);
        reason = Texts.required("reason", reason);
        Texts.given("refusedOn", refusedOn);
    }
}
