package org.openhall.shared.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhall.network.application.port.in.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** What fails outside the controllers reaches the client as a problem too, through the error page. */
@WebMvcTest(ProblemErrorController.class)
@ExtendWith(OutputCaptureExtension.class)
class ProblemErrorControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StaffDirectory staff;

    @Test
    void aFailureInAFilterIsA500ProblemWithATraceIdOnly() throws Exception {
        String body = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/cases")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("connection pool exhausted")))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("internal-error"))
                .andExpect(jsonPath("$.instance").value("/api/v1/cases"))
                .andExpect(jsonPath("$.traceId", matchesPattern("[0-9a-f-]{36}")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception", "pool", "at org.");
    }

    @Test
    void theTraceIdOfA500IsTheOneInTheLogEntryWithTheFailure(CapturedOutput output) throws Exception {
        String body = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/cases")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION,
                                new IllegalStateException("disk quota of tablespace exceeded")))
                .andExpect(status().isInternalServerError())
                .andReturn().getResponse().getContentAsString();
        String traceId = com.jayway.jsonpath.JsonPath.read(body, "$.traceId");

        // The operator finds the failure under the id the clerk reads out; the clerk sees nothing of it.
        String entry = output.getAll().lines().filter(line -> line.contains("[traceId=" + traceId + "]")).findFirst()
                .orElseThrow(() -> new AssertionError("no log entry with trace id " + traceId));
        assertThat(entry).contains("Unexpected failure");
        assertThat(output.getAll()).contains("disk quota of tablespace exceeded");
        assertThat(body).doesNotContain("quota", "tablespace", "IllegalState");
    }

    @Test
    void aDatabaseOutOfReachIsA503ProblemToTryAgain() throws Exception {
        String body = mvc.perform(get("/error").header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/cases")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new org.springframework.transaction
                                .CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                                        new java.sql.SQLTransientConnectionException("pool - Connection is not "
                                                + "available, request timed out after 5000ms"))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("service-unavailable"))
                .andExpect(jsonPath("$.detail").value("The service is briefly unavailable. Please try again in a moment."))
                .andExpect(jsonPath("$.traceId", matchesPattern("[0-9a-f-]{36}")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("JDBC", "pool", "Exception");
    }

    @Test
    void aRequestTheFirewallRejectedIsABadRequestProblem() throws Exception {
        mvc.perform(get("/error").header("Accept-Language", "en")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/cases/%2e%2e/x"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("request.failed"))
                .andExpect(jsonPath("$.detail").value("The request could not be processed."));
    }

    @Test
    void aContainerNotFoundIsTheSameProblemAsAnUnknownPath() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("resource.not-found"));
    }
}
