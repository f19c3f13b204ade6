package org.openhall.shared.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class MoneyTest {

    @Test
    void amountsKeepTwoDecimalsSoEqualAmountsAreEqual() {
        assertThat(Money.yuan("12.5")).isEqualTo(Money.yuan("12.50"));
        assertThat(Money.yuan("10").toString()).isEqualTo("¥10.00");
    }

    @Test
    void arithmeticAddsAndMultiplies() {
        assertThat(Money.yuan("100").times(3).plus(Money.yuan("0.05"))).isEqualTo(Money.yuan("300.05"));
    }

    @Test
    void negativeAmountsAndFractionsOfAFenAreRefused() {
        assertThatThrownBy(() -> Money.yuan("-1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.yuan("0.001")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Money.yuan("ten")).isInstanceOf(InvalidValue.class);
    }
}
