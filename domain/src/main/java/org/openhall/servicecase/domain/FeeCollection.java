package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.money.Money;

/**
 * 一票制收费: the case's fees collected once, under one receipt.
 *
 * @param catalogAmount what the catalog prescribes for the case (its fees less waivers), so that a
 *                      difference from {@code amount} shows to supervision (乱收费)
 */
@ValueObject
public record FeeCollection(String receiptNumber, Money amount, Money catalogAmount, List<String> feeNames,
        LocalDate collectedOn, String collectedBy) {

    public FeeCollection {
        receiptNumber = Texts.required("receiptNumber", receiptNumber);
        Texts.given("amount", amount);
        Texts.given("catalogAmount", catalogAmount);
        feeNames = List.copyOf(feeNames);
        Texts.given("collectedOn", collectedOn);
    }
}
