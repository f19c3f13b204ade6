package org.openhall.servicecase.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.money.Money;

/**
 * One fee the catalog prescribes for the case's item version (收费项目), and whether it was waived
 * (减免) and why.
 *
 * @param basis the document that allows the fee (收费依据); Administrative Licensing Law Art. 58:
 *              no fee without a law or administrative regulation behind it
 */
@ValueObject
public record FeeLine(String name, Money catalogAmount, String basis, boolean waived, String waiverReason) {

    public FeeLine {
        name = Texts.required("fee.name", name);
        Texts.given("fee.amount", catalogAmount);
        basis = Texts.required("fee.basis", basis);
        waiverReason = waived ? Texts.required("reason", waiverReason) : null;
    }

    FeeLine waivedFor(String reason) {
        return new FeeLine(name, catalogAmount, basis, true, reason);
    }
}
