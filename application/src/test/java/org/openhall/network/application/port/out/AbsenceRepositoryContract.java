package org.openhall.network.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.domain.Absence;
import org.openhall.network.domain.AbsenceId;
import org.openhall.network.domain.StaffUsername;

/** What every {@link AbsenceRepository} must do. A subclass hands in an empty repository before each test. */
public abstract class AbsenceRepositoryContract {

    private static final StaffUsername LI = new StaffUsername("li.a");
    private static final StaffUsername WANG = new StaffUsername("wang.b");
    private static final Instant RECORDED = Instant.parse("2026-03-01T02:30:00.123456Z");

    private AbsenceRepository absences;

    protected abstract AbsenceRepository emptyRepository();

    @BeforeEach
    void createRepository() {
        absences = emptyRepository();
    }

    private static Absence absence(StaffUsername staff, String from, String to) {
        return Absence.of(new AbsenceId(UUID.randomUUID()), staff, LocalDate.parse(from), LocalDate.parse(to), "年休假",
                "chen.approver", RECORDED);
    }

    @Test
    public void anAbsenceIsReadBackAsRecorded() {
        Absence leave = absence(LI, "2026-03-03", "2026-03-05");
        absences.save(leave);

        Absence loaded = absences.of(LI).getFirst();
        assertThat(loaded.id()).isEqualTo(leave.id());
        assertThat(loaded.staff()).isEqualTo(LI);
        assertThat(loaded.from()).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(loaded.to()).isEqualTo(LocalDate.parse("2026-03-05"));
        assertThat(loaded.reason()).isEqualTo("年休假");
        assertThat(loaded.recordedBy()).isEqualTo("chen.approver");
        assertThat(loaded.recordedAt()).isEqualTo(RECORDED);
    }

    @Test
    public void theAbsencesCoveringADayIncludeTheirFirstAndLastDayAndOnlyTheStaffAskedFor() {
        absences.save(absence(LI, "2026-03-03", "2026-03-05"));
        absences.save(absence(WANG, "2026-03-05", "2026-03-05"));
        absences.save(absence(new StaffUsername("zhao.c"), "2026-03-01", "2026-03-31"));

        assertThat(absences.covering(Set.of(LI, WANG), LocalDate.parse("2026-03-02"))).isEmpty();
        assertThat(absences.covering(Set.of(LI, WANG), LocalDate.parse("2026-03-03")))
                .extracting(Absence::staff).containsExactly(LI);
        assertThat(absences.covering(Set.of(LI, WANG), LocalDate.parse("2026-03-05")))
                .extracting(Absence::staff).containsExactlyInAnyOrder(LI, WANG);
        assertThat(absences.covering(Set.of(LI, WANG), LocalDate.parse("2026-03-06"))).isEmpty();
        assertThat(absences.covering(List.of(), LocalDate.parse("2026-03-05"))).isEmpty();
    }

    @Test
    public void aStaffMembersAbsencesComeLatestFirst() {
        absences.save(absence(LI, "2026-01-05", "2026-01-06"));
        absences.save(absence(LI, "2026-03-03", "2026-03-05"));
        absences.save(absence(WANG, "2026-02-01", "2026-02-01"));

        assertThat(absences.of(LI)).extracting(Absence::from)
                .containsExactly(LocalDate.parse("2026-03-03"), LocalDate.parse("2026-01-05"));
    }
}
