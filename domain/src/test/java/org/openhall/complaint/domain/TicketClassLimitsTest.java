package org.openhall.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.shared.domain.time.SettableClock;

/** The limits of the ticket classes, counted on the official 2026 calendar. */
class TicketClassLimitsTest {

    final SettableClock clock = new SettableClock(ZoneId.of("Asia/Shanghai"), LocalDateTime.parse("2026-09-18T16:00"));

    LocalDate dueOf(TicketClass ticketClass) {
        TicketIntake intake = new TicketIntake("T1", ticketClass, TicketChannel.WINDOW, null, null, "内容", null, null,
                null, null);
        return Ticket.open(new TicketId(UUID.randomUUID()), intake, "clerk", "ZWB",
                NationalCalendars.china2025to2026(), clock).dueOn();
    }

    @Test
    void anUrgentClassOfZeroWorkingDaysIsDueTheSameDay() {
        assertThat(dueOf(TicketClass.of("urgent", "紧急", 0))).isEqualTo(LocalDate.parse("2026-09-18"));
    }

    @Test
    void aConsultationOfThreeWorkingDaysCountsTheMakeUpSunday() {
        // 09-20 is a make-up working day (调休上班), then 09-21 and 09-22.
        assertThat(dueOf(TicketClass.of("consultation", "咨询", 3))).isEqualTo(LocalDate.parse("2026-09-22"));
    }

    @Test
    void aConsultationReceivedBeforeMidAutumnWaitsOutTheHoliday() {
        clock.setDate("2026-09-24");
        // 09-25..27 中秋 off, then 09-28, 09-29, 09-30.
        assertThat(dueOf(TicketClass.of("consultation", "咨询", 3))).isEqualTo(LocalDate.parse("2026-09-30"));
    }

    @Test
    void aClassNeedsACodeANameAndALimitWithinAYear() {
        assertThatThrownBy(() -> TicketClass.of("Complaint!", "投诉", 13)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TicketClass.of("complaint", " ", 13)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> TicketClass.of("complaint", "投诉", -1)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aHotlineTicketKeepsTheCallersNumberAndATransferItsReference() {
        TicketClass c = TicketClass.of("help", "求助", 3);
        assertThatThrownBy(() -> new TicketIntake("T1", c, TicketChannel.HOTLINE, null, null, "x", null, null, null,
                null)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new TicketIntake("T1", c, TicketChannel.TRANSFER_12345, null, null, "x", null, null,
                null, " ")).isInstanceOf(InvalidValue.class);
    }
}
