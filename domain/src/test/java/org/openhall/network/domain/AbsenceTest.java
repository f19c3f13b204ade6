package org.openhall.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class AbsenceTest {

    private static Absence absence(String from, String to, String reason) {
        return Absence.of(new AbsenceId(UUID.randomUUID()), new StaffUsername("li.a"), LocalDate.parse(from),
                LocalDate.parse(to), reason, "chen.approver", Instant.parse("2026-03-01T01:00:00Z"));
    }

    @Test
    void anAbsenceCoversItsFirstAndLastDayAndNothingOutside() {
        Absence leave = absence("2026-03-03", "2026-03-05", "病假");

        assertThat(leave.covers(LocalDate.parse("2026-03-02"))).isFalse();
        assertThat(leave.covers(LocalDate.parse("2026-03-03"))).isTrue();
        assertThat(leave.covers(LocalDate.parse("2026-03-05"))).isTrue();
        assertThat(leave.covers(LocalDate.parse("2026-03-06"))).isFalse();
    }

    @Test
    void aOneDayAbsenceIsAllowed() {
        assertThat(absence("2026-03-03", "2026-03-03", "外出办事").covers(LocalDate.parse("2026-03-03"))).isTrue();
    }

    @Test
    void anAbsenceCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> absence("2026-03-05", "2026-03-03", "病假")).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("absence.to");
    }

    @Test
    void anAbsenceNeedsAReason() {
        assertThatThrownBy(() -> absence("2026-03-03", "2026-03-03", "  ")).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("absence.reason");
    }
}
