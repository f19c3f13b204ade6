package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.application.port.in.WindowDefinition;
import org.openhall.network.application.port.in.WindowItem;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.network.domain.WindowCode;
import org.openhall.network.domain.WindowKind;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Work queues on real PostgreSQL around the 2026 National Day holiday: a window of its own with A
 * and B posts, a case merely received, one at the approver's step, one at the window's step and one
 * paused; the order by nearest deadline, the filters, the B post's view while A is away, the
 * approver's queue and the counts per state.
 */
class CaseQueuesIT extends OpenHallIT {

    private static final String WINDOW = "IT-SCJG-Q1";
    private static final String B_POST = "it.scjg.q-b";
    private static final String B_LOGIN = B_POST + ":demo-B-post-2026";

    @Autowired
    ApplyNetworkUseCase network;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aWindowWithAAndBPosts() {
        network.applyStaff(new StaffDefinition(new StaffUsername(B_POST), "赵敏", Set.of(Role.CLERK),
                new DepartmentCode("SCJG"), new HallCode("HS-CITY")), passwords.encode("demo-B-post-2026"));
        network.applyWindow(new WindowDefinition(new WindowCode(WINDOW), new HallCode("HS-CITY"), "食品经营许可窗口（队列）",
                WindowKind.DEPARTMENT, new DepartmentCode("SCJG"),
                List.of(new WindowItem(new ApprovalItemCode("SCJG-001"), true)),
                new StaffUsername("clerk.scjg"), new StaffUsername(B_POST)));
    }

    private String submitAtWindow() {
        Reply r = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","LICENCE","LAYOUT","RULES"],"window":"%s"}""".formatted(VALID_ID, WINDOW));
        assertThat(r.status()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    private String accepted() {
        String id = submitAtWindow();
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        return id;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("content").forEach(row -> ids.add(row.path("id").asString()));
        return ids;
    }

    @Test
    void queuesRunByNearestDeadlineAcrossNationalDayWithFiltersPostsAndCounts() {
        today("2026-09-24T09:00:00");
        String paused = accepted();
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + paused + "/steps/1/completion", "{\"opinion\":\"材料齐全\"}")
                .status()).isEqualTo(200);
        today("2026-09-28T09:00:00");
        assertThat(post(APPROVER_SCJG, "/api/v1/cases/" + paused + "/pauses",
                "{\"procedure\":\"INSPECTION\",\"noticeReference\":\"合市监特告〔2026〕9号\",\"noticedOn\":\"2026-09-28\"}")
                .status()).isEqualTo(200);
        String atApprover = accepted();
        assertThat(post(CLERK_SCJG, "/api/v1/cases/" + atApprover + "/steps/1/completion",
                "{\"opinion\":\"材料齐全\"}").status()).isEqualTo(200);
        String received = submitAtWindow();
        String atWindow = accepted();

        JsonNode queue = get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW + "&size=50").json();
        assertThat(ids(queue)).containsExactly(atWindow, atApprover, received, paused);
        JsonNode first = queue.path("content").get(0);
        // 受理 step of 1 working day from Mon 09-28.
        assertThat(first.path("dueOn").asString()).isEqualTo("2026-09-29");
        assertThat(first.path("dueKind").asString()).isEqualTo("STEP");
        assertThat(first.path("post").asString()).isEqualTo("A");
        // One-time notice: 09-29, 09-30, then 10-08, 10-09 and the make-up Saturday 10-10 (Art. 32).
        assertThat(queue.path("content").get(2).path("dueOn").asString()).isEqualTo("2026-10-10");
        assertThat(queue.path("content").get(2).path("dueKind").asString()).isEqualTo("ONE_TIME_NOTICE");
        // 审查 step of 3 working days from 09-28: 09-29, 09-30, 10-08.
        assertThat(queue.path("content").get(1).path("dueOn").asString()).isEqualTo("2026-10-08");
        assertThat(queue.path("content").get(3).path("paused").asBoolean()).isTrue();
        assertThat(queue.path("totalElements").asLong()).isEqualTo(4);

        assertThat(ids(get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW + "&status=SUBMITTED").json()))
                .containsExactly(received);
        assertThat(ids(get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW + "&dueWithinDays=1").json()))
                .containsExactly(atWindow);
        assertThat(ids(get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW + "&channel=AGENT").json())).isEmpty();
        assertThat(ids(get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW + "&size=2&page=1").json()))
                .containsExactly(received, paused);

        JsonNode approverQueue = get(APPROVER_SCJG, "/api/v1/cases/approver-queue?window=" + WINDOW).json();
        assertThat(ids(approverQueue)).as("the paused inspection waits last").containsExactly(atApprover, paused);
        assertThat(get(CLERK_SCJG, "/api/v1/cases/approver-queue").status()).isEqualTo(403);

        // Monday 10-12, A away: B has the window's queue, acting for A; three deadlines have passed.
        assertThat(post(APPROVER_SCJG, "/api/v1/staff/clerk.scjg/absences", """
                {"from": "2026-10-12", "to": "2026-10-12", "reason": "外出培训"}""").status()).isEqualTo(201);
        today("2026-10-12T09:00:00");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/queue?window=" + WINDOW).json().path("content")).isEmpty();
        JsonNode overdue = get(B_LOGIN, "/api/v1/cases/queue?window=" + WINDOW + "&overdue=true").json();
        assertThat(ids(overdue)).containsExactly(atWindow, atApprover, received);
        overdue.path("content").forEach(row -> {
            assertThat(row.path("post").asString()).isEqualTo("ACTING_FOR_A");
            assertThat(row.path("actingFor").asString()).isEqualTo("clerk.scjg");
            assertThat(row.path("overdue").asBoolean()).isTrue();
        });

        JsonNode counts = get(CLERK_SCJG, "/api/v1/cases/counts").json();
        assertThat(counts.path("department").asString()).isEqualTo("SCJG");
        for (String status : List.of("SUBMITTED", "ACCEPTED", "COMPLETED")) {
            assertThat(counts.path("byStatus").path(status).asLong()).as(status).isEqualTo(jdbc.queryForObject(
                    "select count(*) from service_case where department = 'SCJG' and status = ?", Long.class, status));
        }
        assertThat(counts.path("paused").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(get(CLERK_SCJG, "/api/v1/cases/counts?department=WSJK").status()).isEqualTo(403);
        assertThat(get(SUPERVISOR, "/api/v1/cases/counts").json().path("total").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from service_case", Long.class));
    }

    @Test
    void theQueueFiltersAreServedByTheirPartialIndexes() {
        // With sequential scans priced out, the plan names the index the filter can use: proof that the
        // partial indexes match the queries' predicates (on a small table the planner would scan anyway).
        String plans = jdbc.execute((java.sql.Connection connection) -> {
            StringBuilder plan = new StringBuilder();
            try (var statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                for (String query : List.of(
                        "SELECT id FROM service_case c WHERE c.status IN ('ACCEPTED', 'SUBMITTED', 'SUPPLEMENT_REQUESTED')"
                                + " AND c.window_code IN ('" + WINDOW + "')",
                        "SELECT id FROM service_case c WHERE c.status IN ('ACCEPTED') AND c.department = 'SCJG'"
                                + " AND c.current_step_role = 'DEPARTMENT_APPROVER'")) {
                    try (var rs = statement.executeQuery("EXPLAIN " + query)) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                }
                statement.execute("RESET enable_seqscan");
            }
            return plan.toString();
        });
        assertThat(plans).contains("service_case_open_by_window", "service_case_approver_queue_idx");
    }
}
