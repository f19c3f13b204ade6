package org.openhall.shared.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openhall.shared.domain.InvalidValue;

/**
 * An amount of renminbi (人民币), in yuan with two decimals (分). Fees (收费) and refunds are
 * never negative; arithmetic keeps the scale so that amounts compare and print as a receipt does.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (yuan == null) {
            throw new InvalidValue("amount", "must not be empty");
        }
        if (yuan.signum() < 0) {
            throw new InvalidValue("amount", "must not be negative");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidValue("amount", "has at most two decimals (fen)");
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Parses an amount such as {@code "12.50"}. */
    public static Money yuan(String amount) {
        try {
            return new Money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new InvalidValue("amount", "is not a number of yuan");
        }
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money times(int count) {
        if (count < 0) {
            throw new InvalidValue("count", "must not be negative");
        }
        return new Money(yuan.multiply(BigDecimal.valueOf(count)));
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return "¥" + yuan.toPlainString();
    }
}
