package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A clerk works on their own department's cases only; supervisors see every department. */
class DepartmentIsolationIT extends OpenHallIT {

    @Test
    void aClerkOfAnotherDepartmentGets403AndNeverSeesTheCaseInLists() {
        today("2026-03-04T09:00:00");
        String id = submitFoodLicence("APP");

        Reply foreign = get(CLERK_WSJK, "/api/v1/cases/" + id);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(foreign.code()).isEqualTo("access.outside-department");
        assertThat(post(CLERK_WSJK, "/api/v1/cases/" + id + "/acceptance", null).status()).isEqualTo(403);

        assertThat(get(CLERK_WSJK, "/api/v1/cases?size=200").body()).doesNotContain(id);
        assertThat(get(CLERK_SCJG, "/api/v1/cases?size=200").body()).contains(id);
        assertThat(get(SUPERVISOR, "/api/v1/cases?size=200").body()).contains(id);
        assertThat(get(SUPERVISOR, "/api/v1/cases/" + id).status()).isEqualTo(200);
    }

    @Test
    void aClerkCannotReceiveAnApplicationForAnotherDepartmentsItem() {
        Reply r = post(CLERK_WSJK, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"李四","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"]}""".formatted(VALID_ID));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("access.outside-department");
    }

    @Test
    void aSupervisorMayReadButNotReceiveApplications() {
        Reply r = post(SUPERVISOR, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"李四","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP"]}""".formatted(VALID_ID));
        assertThat(r.status()).isEqualTo(403);
    }
}
