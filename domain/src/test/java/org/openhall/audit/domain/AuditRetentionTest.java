package org.openhall.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class AuditRetentionTest {

    @Test
    void sixCalendarMonthsOrMoreAreAccepted() {
        assertThat(new AuditRetention(Period.ofMonths(6)).period()).isEqualTo(Period.ofMonths(6));
        assertThat(new AuditRetention(Period.ofYears(3)).period()).isEqualTo(Period.ofYears(3));
    }

    @Test
    void lessThanSixMonthsOrDaysThatOnlyLookLikeIt() {
        assertThatThrownBy(() -> new AuditRetention(Period.ofMonths(5))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AuditRetention(Period.ofDays(183))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AuditRetention(null)).isInstanceOf(InvalidValue.class);
    }
}
