package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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

import tools.jackson.databind.JsonNode;

/**
 * A/B posts on real cases: while the A post of a window is away, its open cases wait in the B
 * post's queue, B handles them with full authority, deadlines stay as they were, and the case
 * history says "B acting for A".
 */
class CasesRouteToTheBPostIT extends OpenHallIT {

    private static final String WINDOW = "IT-SCJG-W9";
    private static final String B_POST = "it.scjg.b-post";
    private static final String B_LOGIN = B_POST + ":demo-B-post-2026";

    @Autowired
    ApplyNetworkUseCase network;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void aMarketSupervisionWindowWithAAndBPosts() {
        network.applyStaff(new StaffDefinition(new StaffUsername(B_POST), "赵敏", Set.of(Role.CLERK),
                new DepartmentCode("SCJG"), new HallCode("HS-CITY")), passwords.encode("demo-B-post-2026"));
        network.applyWindow(new WindowDefinition(new WindowCode(WINDOW), new HallCode("HS-CITY"), "食品经营许可窗口（测试）",
                WindowKind.DEPARTMENT, new DepartmentCode("SCJG"),
                List.of(new WindowItem(new ApprovalItemCode("SCJG-001"), true)),
                new StaffUsername("clerk.scjg"), new StaffUsername(B_POST)));
    }

    @Test
    void whileAIsAwayTheCaseWaitsForBWhoAcceptsItActingForA() {
        today("2026-05-18T09:00:00");
        Reply submitted = post(CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","LICENCE","LAYOUT","RULES"],"window":"%s"}""".formatted(VALID_ID, WINDOW));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        assertThat(get(CLERK_SCJG, "/api/v1/cases/queue?size=200").body()).contains(id);
        assertThat(get(B_LOGIN, "/api/v1/cases/queue?size=200").body()).doesNotContain(id);

        assertThat(post(APPROVER_SCJG, "/api/v1/staff/clerk.scjg/absences", """
                {"from": "2026-05-19", "to": "2026-05-20", "reason": "外出培训"}""").status()).isEqualTo(201);
        today("2026-05-19T09:00:00");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/queue?size=200").body()).doesNotContain(id);
        assertThat(get(B_LOGIN, "/api/v1/cases/queue?size=200").body()).contains(id);

        Reply accepted = post(B_LOGIN, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accepted.status()).isEqualTo(200);
        // Accepted Tue 05-19: the promised 10 working days end Tue 06-02, whoever accepted it.
        assertThat(accepted.json().path("promisedDue").asString()).isEqualTo("2026-06-02");

        JsonNode history = get(B_LOGIN, "/api/v1/cases/" + id + "/history").json().path("transitions");
        assertThat(history.get(0).path("actor").asString()).isEqualTo("clerk.scjg");
        assertThat(history.get(0).path("actingFor").isNull()).isTrue();
        assertThat(history.get(1).path("actor").asString()).isEqualTo(B_POST);
        assertThat(history.get(1).path("actingFor").asString()).isEqualTo("clerk.scjg");
    }
}
