package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.ApplyNetworkUseCase;
import org.openhall.network.application.port.in.StaffDefinition;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scope by hall level (三级) through the whole application, with the Heshan demo accounts: a case
 * is held at the hall where it was received, and a township clerk cannot act on a city case nor a
 * city clerk on a township case; the supervisor reads both.
 */
class HallLevelScopeIT extends OpenHallIT {

    /** A township clerk of the general window in 岭南镇 (HS-LN). */
    private static final String CLERK_LN = "clerk.ln:demo-Clerk-2026";
    /** The B post of the city's market window, moved to 岭南镇 for one test and back. */
    private static final String CLERK_SCJG_B = "clerk.scjg.b:demo-Clerk-2026";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplyNetworkUseCase network;

    @AfterEach
    void clerkScjgBBackAtTheCity() {
        moveClerkScjgB("HS-CITY");
    }

    private void moveClerkScjgB(String hall) {
        network.applyStaff(new StaffDefinition(new StaffUsername("clerk.scjg.b"), "许晴", Set.of(Role.CLERK),
                new DepartmentCode("SCJG"), new HallCode(hall)), "{noop}never-used");
    }

    @Test
    void aTownshipClerkCannotActOnACaseReceivedAtTheCityCentre() {
        today("2026-03-04T09:00:00");
        String id = submitFoodLicence("APP");

        Reply accept = post(CLERK_LN, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(accept.status()).isEqualTo(403);
        assertThat(accept.contentType()).startsWith("application/problem+json");
        assertThat(accept.code()).isEqualTo("case.outside-hall-scope");
        assertThat(accept.json().path("detail").asString()).contains("HS-CITY");

        Reply inChinese = send(CLERK_LN, "GET", "/api/v1/cases/" + id, null, "zh-CN");
        assertThat(inChinese.status()).isEqualTo(403);
        assertThat(inChinese.code()).isEqualTo("case.outside-hall-scope");
        assertThat(inChinese.json().path("detail").asString()).contains("本大厅");

        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("SELECT hall_code || '/' || hall_level FROM service_case WHERE id = :id::uuid")
                .param("id", id).query(String.class).single()).isEqualTo("HS-CITY/CITY");
    }

    @Test
    void aCaseReceivedAtATownshipWindowIsThatHallsAndNotTheCitys() {
        today("2026-03-04T09:00:00");
        moveClerkScjgB("HS-LN");

        Reply received = post(CLERK_SCJG_B, "/api/v1/cases", """
                {"itemCode":"SCJG-002","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","ID","PREMISES"],"window":"HS-LN-W01"}""".formatted(VALID_ID));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String id = received.json().path("id").asString();
        assertThat(jdbc.sql("SELECT hall_code || '/' || hall_level FROM service_case WHERE id = :id::uuid")
                .param("id", id).query(String.class).single()).isEqualTo("HS-LN/TOWNSHIP");

        Reply cityClerk = post(CLERK_SCJG, "/api/v1/cases/" + id + "/acceptance", null);
        assertThat(cityClerk.status()).isEqualTo(403);
        assertThat(cityClerk.code()).isEqualTo("case.outside-hall-scope");

        assertThat(post(CLERK_SCJG_B, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(200);
        assertThat(get(SUPERVISOR, "/api/v1/cases/" + id).status()).isEqualTo(200);
    }

    @Test
    void aTownshipClerkCannotReceiveAtACityWindow() {
        moveClerkScjgB("HS-LN");

        Reply r = post(CLERK_SCJG_B, "/api/v1/cases", """
                {"itemCode":"SCJG-002","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"],"window":"HS-CITY-W01"}""".formatted(VALID_ID));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("case.outside-hall-scope");
    }
}
