package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.money.Money;

/** 退费: collected fees given back, with the reason. */
@ValueObject
public record FeeRefund(Money amount, String reason, LocalDate refundedOn, String refundedBy) {

    public FeeRefund {
        Texts.given("amount", amount);
        reason = Texts.required("reason", reason);
        Texts.given("refundedOn", refundedOn);
    }
}
