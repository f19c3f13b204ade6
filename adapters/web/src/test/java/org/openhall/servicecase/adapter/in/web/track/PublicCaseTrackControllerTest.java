package org.openhall.servicecase.adapter.in.web.track;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.servicecase.application.port.in.CaseTrackNotFound;
import org.openhall.servicecase.application.port.in.PublicCaseTrackQuery;
import org.openhall.servicecase.application.port.in.PublicCaseTrackView;
import org.openhall.servicecase.domain.CaseAction;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Public tracking over HTTP and as a page: no sign-in, masked, one 404 for every miss, 429 after ten. */
@WebMvcTest({ PublicCaseTrackController.class, PublicCaseTrackPageController.class })
@Import({ ThrottledCaseTracking.class, TrackingAttemptLimiter.class, PublicCaseTrackControllerTest.Clocks.class })
class PublicCaseTrackControllerTest {

    private static final String NUMBER = "451381-20260916-00003";
    private static final String API = "/api/v1/public/cases/" + NUMBER + "/track";
    private static final LocalDateTime START = LocalDateTime.parse("2026-10-09T10:00:00");

    @Autowired
    MockMvc mvc;
    @Autowired
    SettableClock clock;

    @MockitoBean
    PublicCaseTrackQuery tracking;
    @MockitoBean
    StaffDirectory staff;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        SettableClock clock() {
            return new SettableClock(ZoneId.of("Asia/Shanghai"), START);
        }
    }

    private static PublicCaseTrackView accepted() {
        return new PublicCaseTrackView(NUMBER, "食品经营许可", "合山市市场监督管理局", CaseStatus.ACCEPTED, "张*",
                "139****0001", LocalDate.of(2026, 9, 16), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 10, 9),
                LocalDate.of(2026, 10, 22), false, null,
                List.of(new PublicCaseTrackView.Step(1, CaseAction.SUBMIT, LocalDate.of(2026, 9, 16), "合山市市场监督管理局"),
                        new PublicCaseTrackView.Step(2, CaseAction.ACCEPT, LocalDate.of(2026, 9, 18), "合山市市场监督管理局")));
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void anyoneWithTheNumberAndTheRightFourDigitsSeesTheMaskedProgress() throws Exception {
        given(tracking.track(NUMBER, "1235")).willReturn(accepted());

        mvc.perform(from(get(API).param("check", "1235"), "10.0.0.1"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.number").value(NUMBER))
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.statusText").value("已受理"))
                .andExpect(jsonPath("$.applicant.name").value("张*"))
                .andExpect(jsonPath("$.applicant.phone").value("139****0001"))
                .andExpect(jsonPath("$.promisedDue").value("2026-10-09"))
                .andExpect(jsonPath("$.statutoryDue").value("2026-10-22"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.steps[1].action").value("ACCEPT"))
                .andExpect(jsonPath("$.steps[1].actionText").value("受理"))
                .andExpect(jsonPath("$.steps[1].department").value("合山市市场监督管理局"));
    }

    @Test
    void theStepsAreInPlainEnglishForThoseWhoAskForEnglish() throws Exception {
        given(tracking.track(NUMBER, "1235")).willReturn(accepted());

        mvc.perform(from(get(API).param("check", "1235").header("Accept-Language", "en"), "10.0.0.2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusText").value("accepted"))
                .andExpect(jsonPath("$.steps[0].actionText").value("receive"));
    }

    @Test
    void aWrongCheckIsAnsweredLikeAnUnknownNumber() throws Exception {
        given(tracking.track(NUMBER, "9999")).willThrow(new CaseTrackNotFound());

        mvc.perform(from(get(API).param("check", "9999"), "10.0.0.3"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("case.track-not-found"))
                .andExpect(content().string(not(containsString("\"key\""))));
    }

    @Test
    void tenFailuresWithinTenMinutesBlockTheAddressEvenForTheRightCheckUntilTheyAgeOut() throws Exception {
        given(tracking.track(NUMBER, "0000")).willThrow(new CaseTrackNotFound());
        given(tracking.track(NUMBER, "1235")).willReturn(accepted());
        for (int i = 0; i < 10; i++) {
            clock.set(START.plusSeconds(30L * i));
            mvc.perform(from(get(API).param("check", "0000"), "10.0.0.4")).andExpect(status().isNotFound());
        }
        clock.set(START.plusMinutes(5));

        mvc.perform(from(get(API).param("check", "1235"), "10.0.0.4"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "300"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("track.too-many-attempts"));
        mvc.perform(from(get(API).param("check", "1235"), "10.0.0.5")).andExpect(status().isOk());

        clock.set(START.plusMinutes(10).plusSeconds(1));
        mvc.perform(from(get(API).param("check", "1235"), "10.0.0.4")).andExpect(status().isOk());
    }

    @Test
    void theTrackingPageOfANumberOffersTheFormWithTheNumberFilledIn() throws Exception {
        mvc.perform(get("/track/" + NUMBER).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("办件进度查询"),
                        containsString("value=\"" + NUMBER + "\""), containsString("name=\"check\""))));
    }

    @Test
    void thePageShowsTheProgressInChineseForTheRightCheck() throws Exception {
        given(tracking.track(NUMBER, "1235")).willReturn(accepted());

        mvc.perform(from(post("/track").param("number", NUMBER).param("check", "1235"), "10.0.0.6"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("食品经营许可"), containsString("已受理"),
                        containsString("2026年10月22日"), containsString("张*（139****0001）"))));
    }

    @Test
    void thePageSaysNothingWasFoundForAWrongCheck() throws Exception {
        given(tracking.track(NUMBER, "9999")).willThrow(new CaseTrackNotFound());

        mvc.perform(from(post("/track").param("number", NUMBER).param("check", "9999"), "10.0.0.7"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("未查询到办件")));
    }
}
