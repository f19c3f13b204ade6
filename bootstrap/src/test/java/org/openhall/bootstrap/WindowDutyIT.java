package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The A/B post system on the running application: an approver marks the A post absent, staff see
 * the B post serving for A, and when both are away the supervisor sees the window unattended;
 * every absence and change is in the network's change log. Works on a window of its own.
 */
class WindowDutyIT extends OpenHallIT {

    private static final String WINDOW = "IT-AB-W01";
    private static final String A = "it.post-a";
    private static final String B = "it.post-b";

    @Autowired
    ApplyNetworkUseCase network;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aWindowWithTwoPostsInTheCityCentre() {
        String city = null;
        for (var hall : get(null, "/api/v1/halls").json()) {
            if (hall.path("level").asString().equals("CITY")) {
                city = hall.path("code").asString();
            }
        }
        for (String post : List.of(A, B)) {
            network.applyStaff(new StaffDefinition(new StaffUsername(post), post, Set.of(Role.CLERK),
                    new DepartmentCode("SCJG"), new HallCode(city)), "{noop}not-for-sign-in");
        }
        network.applyWindow(new WindowDefinition(new WindowCode(WINDOW), new HallCode(city), "综合窗口（测试）",
                WindowKind.GENERAL, null, List.of(), new StaffUsername(A), new StaffUsername(B)));
    }

    private Reply recordAbsence(String user, String staff, String from, String to) {
        return post(user, "/api/v1/staff/" + staff + "/absences", """
                {"from": "%s", "to": "%s", "reason": "年休假"}""".formatted(from, to));
    }

    private Reply duty(String date) {
        return get(CLERK_SCJG, "/api/v1/windows/" + WINDOW + "/duty?date=" + date);
    }

    private List<String> unattendedOn(String date) {
        Reply r = get(SUPERVISOR, "/api/v1/supervision/unattended-windows?date=" + date);
        assertThat(r.status()).isEqualTo(200);
        return r.json().valueStream().map(w -> w.path("window").asString()).toList();
    }

    @Test
    void whileTheAPostIsAwayTheBPostServesForItAndWhenBothAreAwayTheSupervisorSeesTheWindow() {
        assertThat(recordAbsence(APPROVER_SCJG, A, "2026-05-11", "2026-05-12").status()).isEqualTo(201);

        Reply acting = duty("2026-05-11");
        assertThat(acting.status()).isEqualTo(200);
        assertThat(acting.json().path("status").asString()).isEqualTo("B_ACTING_FOR_A");
        assertThat(acting.json().path("servedBy").asString()).isEqualTo(B);
        assertThat(acting.json().path("actingFor").asString()).isEqualTo(A);
        assertThat(duty("2026-05-13").json().path("status").asString()).isEqualTo("A_PRESENT");
        assertThat(unattendedOn("2026-05-11")).doesNotContain(WINDOW);

        assertThat(recordAbsence(APPROVER_SCJG, B, "2026-05-12", "2026-05-12").status()).isEqualTo(201);

        assertThat(duty("2026-05-12").json().path("status").asString()).isEqualTo("UNATTENDED");
        assertThat(unattendedOn("2026-05-12")).contains(WINDOW);
        assertThat(unattendedOn("2026-05-11")).doesNotContain(WINDOW);
    }

    @Test
    void everyAbsenceIsInTheChangeLogWithWhoAndTheCentresOffset() {
        recordAbsence(APPROVER_SCJG, A, "2026-06-01", "2026-06-01");

        List<Map<String, Object>> lines = jdbc.queryForList("""
                SELECT actor, action, subject, at_offset_seconds, details FROM network_change
                WHERE object_key = ? AND action = 'ABSENCE_RECORDED' ORDER BY id""", A);
        assertThat(lines).isNotEmpty();
        assertThat(lines.getLast()).containsEntry("actor", "approver.scjg").containsEntry("subject", "STAFF")
                .containsEntry("at_offset_seconds", 8 * 3600);
        assertThat((String) lines.getLast().get("details")).contains("2026-06-01", "年休假");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM network_change WHERE subject = 'WINDOW' AND object_key = ? AND action = 'ADDED'
                """, Integer.class, WINDOW)).isEqualTo(1);
    }

    @Test
    void applyingTheSameWindowAgainChangesAndLogsNothing() {
        Integer before = jdbc.queryForObject("SELECT count(*) FROM network_change", Integer.class);
        WindowDefinition same = network.current().windows().stream()
                .filter(w -> w.code().value().equals(WINDOW)).findFirst().orElseThrow();

        assertThat(network.applyWindow(same)).isEqualTo(ChangeOutcome.UNCHANGED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM network_change", Integer.class)).isEqualTo(before);
    }

    @Test
    void onlyApproversOfTheStaffMembersDepartmentOrAdministratorsRecordAbsences() {
        assertThat(recordAbsence(CLERK_SCJG, A, "2026-07-01", "2026-07-01").status()).isEqualTo(403);
        Reply foreign = recordAbsence(APPROVER_SCJG, "clerk.wsjk", "2026-07-01", "2026-07-01");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo("access.outside-department");
        assertThat(recordAbsence(APPROVER_SCJG, A, "2026-07-02", "2026-07-01").code()).isEqualTo("value.invalid");
    }

    @Test
    void thePublicSeesTheWindowButNotWhoStaffsIt() {
        Reply windows = get(null, "/api/v1/windows");
        assertThat(windows.status()).isEqualTo(200);
        assertThat(windows.body()).contains(WINDOW).doesNotContain(A);
        assertThat(get(null, "/api/v1/windows/" + WINDOW + "/duty?date=2026-05-11").status()).isEqualTo(401);
    }

    @Test
    void theRatesAreForSupervisorsAndEachIsItsCountsRatio() {
        Reply rates = get(SUPERVISOR, "/api/v1/network/rates");
        assertThat(rates.status()).isEqualTo(200);
        assertThat(rates.json().valueStream().toList()).isNotEmpty().allSatisfy(line -> {
            int stationed = line.path("itemsStationed").asInt();
            int decided = line.path("itemsDecidedAtWindow").asInt();
            int inCatalog = line.path("approvalItemsInCatalog").asInt();
            int inCentre = line.path("approvalItemsInCentre").asInt();
            assertThat(line.path("authorizationRate").asDouble())
                    .isEqualTo(stationed == 0 ? 0.0 : (double) decided / stationed);
            assertThat(line.path("threeConcentrationsRate").asDouble())
                    .isEqualTo(inCatalog == 0 ? 0.0 : (double) inCentre / inCatalog);
        });
        assertThat(get(CLERK_SCJG, "/api/v1/network/rates").status()).isEqualTo(403);
    }
}
