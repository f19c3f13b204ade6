package org.openhall.network.adapter.in.web.auth;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.ChangeStaffRolesUseCase;
import org.openhall.network.application.port.in.LastRoleNotRevocable;
import org.openhall.network.application.port.in.StaffAccountNotFound;
import org.openhall.network.application.port.in.UnlockStaffAccountUseCase;
import org.openhall.network.domain.RolesConflict;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The security administrator unlocks accounts and grants or revokes roles; nobody else reaches these. */
@WebMvcTest(StaffAdministrationController.class)
class StaffAdministrationControllerTest {

    private static final Actor SECURITY = new Actor("li.security", Set.of(Role.SECURITY_ADMINISTRATOR), null, "黎安");
    private static final Actor AUDIT = new Actor("wei.audit", Set.of(Role.AUDIT_ADMINISTRATOR), null, "韦审");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UnlockStaffAccountUseCase unlock;
    @MockitoBean
    ChangeStaffRolesUseCase roles;

    @Test
    void theSecurityAdministratorUnlocksAnAccount() throws Exception {
        mvc.perform(post("/api/v1/admin/staff/li.a/unlock").with(as(SECURITY))).andExpect(status().isNoContent());
        verify(unlock).unlock(SECURITY, "li.a");
    }

    @Test
    void unlockingAnUnknownAccountIs404ProblemJson() throws Exception {
        willThrow(new StaffAccountNotFound("nobody")).given(unlock).unlock(SECURITY, "nobody");
        mvc.perform(post("/api/v1/admin/staff/nobody/unlock").with(as(SECURITY)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("staff.not-found"));
    }

    @Test
    void grantingAnswersTheRolesAfterwards() throws Exception {
        given(roles.grant(SECURITY, "li.a", Role.DEPARTMENT_APPROVER))
                .willReturn(EnumSet.of(Role.DEPARTMENT_APPROVER, Role.CLERK));
        mvc.perform(put("/api/v1/admin/staff/li.a/roles/DEPARTMENT_APPROVER").with(as(SECURITY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("li.a"))
                .andExpect(jsonPath("$.roles[0]").value("CLERK"))
                .andExpect(jsonPath("$.roles[1]").value("DEPARTMENT_APPROVER"));
    }

    @Test
    void aSecondAdministratorRoleIs409WithTheConflictingRolesInBothLanguages() throws Exception {
        given(roles.grant(SECURITY, "wei.audit", Role.ADMINISTRATOR))
                .willThrow(new RolesConflict(Role.ADMINISTRATOR, Role.AUDIT_ADMINISTRATOR));
        mvc.perform(put("/api/v1/admin/staff/wei.audit/roles/ADMINISTRATOR").with(as(SECURITY))
                .header("Accept-Language", "zh-CN"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("staff.roles-conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("职责分离")));
        mvc.perform(put("/api/v1/admin/staff/wei.audit/roles/ADMINISTRATOR").with(as(SECURITY))
                .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("separation of duties")));
    }

    @Test
    void revokingTheLastRoleIs422() throws Exception {
        given(roles.revoke(SECURITY, "wei.audit", Role.AUDIT_ADMINISTRATOR))
                .willThrow(new LastRoleNotRevocable("wei.audit", "AUDIT_ADMINISTRATOR"));
        mvc.perform(delete("/api/v1/admin/staff/wei.audit/roles/AUDIT_ADMINISTRATOR").with(as(SECURITY)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("staff.last-role"));
    }

    @Test
    void anUnknownRoleIs400AndReachesNoUseCase() throws Exception {
        mvc.perform(put("/api/v1/admin/staff/li.a/roles/ROOT").with(as(SECURITY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("value.invalid"));
        verifyNoInteractions(roles);
    }

    @Test
    void theOtherAdministratorsAndStaffAreRefusedBeforeTheUseCase() throws Exception {
        for (Actor actor : new Actor[] { ADMINISTRATOR, AUDIT, CLERK }) {
            mvc.perform(post("/api/v1/admin/staff/li.a/unlock").with(as(actor)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("auth.forbidden"));
            mvc.perform(put("/api/v1/admin/staff/li.a/roles/SUPERVISOR").with(as(actor)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete("/api/v1/admin/staff/li.a/roles/CLERK").with(as(actor)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/admin/staff/li.a/unlock")).andExpect(status().isUnauthorized());
        verifyNoInteractions(unlock, roles);
    }
}
