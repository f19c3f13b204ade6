package org.openhall.shared.adapter.in.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.shared.adapter.in.web.Staff.ADMINISTRATOR;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.ProblemErrorController;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The rules that are not about one controller: health, the actuator, sessions, password hashes. */
@WebMvcTest(ProblemErrorController.class)
class WebSecurityConfigurationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void theHealthEndpointNeedsNoSignIn() throws Exception {
        // Nothing serves it in this slice: a 404 instead of a 401 shows that the rules let it through.
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    @Test
    void theOtherActuatorEndpointsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/env").with(as(CLERK)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(get("/actuator/env").with(as(ADMINISTRATOR))).andExpect(status().isNotFound());
    }

    @Test
    void aSignedInRequestGetsNoSessionCookie() throws Exception {
        mvc.perform(get("/api/v1/cases/unknown-path/x").with(as(CLERK)))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void aFailingSessionStoreIsAServerErrorNotARefusedSignIn() throws Exception {
        mvc.perform(get("/api/v1/cases").with(Staff.bearer(Staff.FAILING_TOKEN)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("internal-error"))
                .andExpect(jsonPath("$.traceId").isNotEmpty());
    }

    @Test
    void anUnknownOrEndedSessionTokenIsRefusedAsAnInvalidToken() throws Exception {
        mvc.perform(get("/api/v1/cases").with(Staff.bearer("oh_no-such-session")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"OpenHall\", error=\"invalid_token\""))
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    void httpBasicIsNoLongerAcceptedNotEvenWithTheRightPassword() throws Exception {
        mvc.perform(get("/api/v1/cases").with(httpBasic(CLERK.username(), Staff.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.unauthenticated"));
    }

    @Test
    void passwordsAreHashedWithBcryptAndTheHashNamesItsAlgorithm() {
        String hash = passwordEncoder.encode("窗口-2026");

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("窗口-2026", hash)).isTrue();
        assertThat(passwordEncoder.matches("窗口-2025", hash)).isFalse();
    }
}
