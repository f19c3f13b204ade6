package org.openhall.catalog.domain;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.money.Money;

/**
 * One fee charged for an item (收费项目). A licence is free unless a law or administrative
 * regulation provides for a fee (Administrative Licensing Law Art. 58), so every fee names its
 * basis; an item without fees is free (不收费).
 *
 * @param name   what is charged for, e.g. 工本费
 * @param amount the amount in yuan
 * @param basis  the document that allows the fee (收费依据), e.g. a price bureau's notice
 */
@ValueObject
public record FeeItem(String name, Money amount, String basis) {

    public FeeItem {
        if (name == null || name.isBlank()) {
            throw new InvalidValue("fee.name", "must not be blank");
        }
        if (amount == null) {
            throw new InvalidValue("fee.amount", "must not be empty");
        }
        if (basis == null || basis.isBlank()) {
            throw new InvalidValue("fee.basis", "must name the law or document that allows the fee");
        }
        name = name.strip();
        basis = basis.strip();
    }
}
