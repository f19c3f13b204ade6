package org.openhall.servicecase.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.catalog.domain.FeeItem;
import org.openhall.servicecase.domain.problem.FeeConflict;
import org.openhall.servicecase.domain.problem.FeeNotInCatalog;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.money.Money;

/**
 * The fees of a case (办件收费): the lines its item version prescribes, collected once under one
 * receipt (一票制), waivers before collection, and at most one refund after it. A fee the catalog
 * does not list for the item is never charged (Administrative Licensing Law Art. 58-59).
 *
 * @param collection {@code null} until collected
 * @param refund     {@code null} unless refunded
 */
@ValueObject
public record CaseFees(List<FeeLine> lines, FeeCollection collection, FeeRefund refund) {

    public CaseFees {
        lines = List.copyOf(lines);
        if (refund != null && collection == null) {
            throw new InvalidValue("refund", "only collected fees are refunded");
        }
    }

    /** The fees of an item version, none waived or collected. */
    public static CaseFees of(List<FeeItem> items) {
        return new CaseFees(items.stream().map(f -> new FeeLine(f.name(), f.amount(), f.basis(), false, null)).toList(),
                null, null);
    }

    public boolean collected() {
        return collection != null;
    }

    /** What the catalog prescribes for the case: its fees less those waived. */
    public Money catalogAmount() {
        Money total = Money.ZERO;
        for (FeeLine line : lines) {
            if (!line.waived()) {
                total = total.plus(line.catalogAmount());
            }
        }
        return total;
    }

    CaseFees waive(String feeName, String reason) {
        if (collected()) {
            throw FeeConflict.alreadyCollected(collection.receiptNumber());
        }
        FeeLine line = line(feeName);
        if (line.waived()) {
            throw FeeConflict.alreadyWaived(feeName);
        }
        List<FeeLine> changed = new ArrayList<>(lines);
        changed.set(lines.indexOf(line), line.waivedFor(reason));
        return new CaseFees(changed, null, null);
    }

    /** Collects {@code amounts} (fee name → amount charged) under {@code receiptNumber}. */
    CaseFees collect(String receiptNumber, Map<String, Money> amounts, LocalDate on, String by) {
        if (collected()) {
            throw FeeConflict.alreadyCollected(collection.receiptNumber());
        }
        if (amounts == null || amounts.isEmpty()) {
            throw new InvalidValue("fees", "must name at least one fee");
        }
        Money total = Money.ZERO;
        for (Map.Entry<String, Money> charged : amounts.entrySet()) {
            FeeLine line = line(charged.getKey());
            if (line.waived()) {
                throw FeeConflict.alreadyWaived(line.name());
            }
            total = total.plus(Texts.given("fees.amount", charged.getValue()));
        }
        return new CaseFees(lines,
                new FeeCollection(receiptNumber, total, catalogAmount(), List.copyOf(amounts.keySet()), on, by), null);
    }

    CaseFees refund(Money amount, String reason, LocalDate on, String by) {
        if (!collected()) {
            throw FeeConflict.notCollected();
        }
        if (refund != null) {
            throw FeeConflict.alreadyRefunded(collection.receiptNumber());
        }
        if (Texts.given("amount", amount).isZero() || amount.compareTo(collection.amount()) > 0) {
            throw new InvalidValue("amount", "must be more than nothing and at most the " + collection.amount()
                    + " collected");
        }
        return new CaseFees(lines, collection, new FeeRefund(amount, reason, on, by));
    }

    FeeLine line(String feeName) {
        return lines.stream().filter(l -> l.name().equals(feeName)).findFirst()
                .orElseThrow(() -> new FeeNotInCatalog(feeName, lines.stream().map(FeeLine::name).toList()));
    }
}
