package org.openhall.complaint.adapter.in.web.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.openhall.shared.adapter.in.web.Staff.APPROVER;
import static org.openhall.shared.adapter.in.web.Staff.CLERK;
import static org.openhall.shared.adapter.in.web.Staff.SUPERVISOR;
import static org.openhall.shared.adapter.in.web.Staff.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.openhall.complaint.application.port.in.RateServiceUseCase;
import org.openhall.complaint.application.port.in.RateWithCodeCommand;
import org.openhall.complaint.application.port.in.RatingAppealUseCase;
import org.openhall.complaint.application.port.in.RatingFigures;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFiguresQuery;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.application.port.in.RecordRatingCommand;
import org.openhall.complaint.application.port.in.RectificationQuery;
import org.openhall.complaint.application.port.in.RectificationUseCase;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven;
import org.openhall.complaint.domain.rating.problem.ReturnVisitRequired;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The rating endpoints: who may call which, what they pass on, and their problems in both languages. */
@WebMvcTest({ PublicRatingController.class, RatingController.class, RectificationController.class })
class RatingControllersTest {

    private static final UUID RATING = UUID.fromString("0b6f2f43-4a43-4b8e-9f65-3a7c1f0e9a01");
    private static final UUID RECTIFICATION = UUID.fromString("6c0f4d2e-2f0a-4c55-8a44-9c1d2b3e4f50");
    private static final String PUBLIC_RATING = """
            {"code": "ABCDE-FGHJK-LMNPQ-RSTUV-WXYZA", "phone": "8000", "level": 1, "comment": "等太久"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RateServiceUseCase rate;
    @MockitoBean
    RatingAppealUseCase appeals;
    @MockitoBean
    RatingFiguresQuery figures;
    @MockitoBean
    RectificationUseCase rectify;
    @MockitoBean
    RectificationQuery rectifications;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void anyoneWithACodeRatesOnThePortalByDefault() throws Exception {
        given(rate.rateWithCode(any())).willReturn(view(1));

        mvc.perform(post("/api/v1/public/ratings").contentType(MediaType.APPLICATION_JSON).content(PUBLIC_RATING))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level").value(1))
                .andExpect(jsonPath("$.levelName").value("非常不满意"))
                .andExpect(jsonPath("$.rectificationId").value(RECTIFICATION.toString()))
                .andExpect(jsonPath("$.phone").doesNotExist());

        ArgumentCaptor<RateWithCodeCommand> command = ArgumentCaptor.forClass(RateWithCodeCommand.class);
        verify(rate).rateWithCode(command.capture());
        assertThat(command.getValue().channel()).isEqualTo(RatingChannel.PORTAL);
        assertThat(command.getValue().phone()).isEqualTo("8000");
    }

    @Test
    void aSecondRatingIsAConflictInChineseAndEnglish() throws Exception {
        given(rate.rateWithCode(any())).willThrow(new RatingAlreadyGiven("451381-2026-000123", "PORTAL"));

        mvc.perform(post("/api/v1/public/ratings").contentType(MediaType.APPLICATION_JSON).content(PUBLIC_RATING))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("rating.already-given"))
                .andExpect(jsonPath("$.detail").value(
                        "451381-2026-000123已在渠道PORTAL评价过：每项服务每个渠道评价一次（一次一评），评价不可更改。"));
        mvc.perform(post("/api/v1/public/ratings").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(PUBLIC_RATING))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "Case or ticket 451381-2026-000123 has already been rated on channel PORTAL")));
    }

    @Test
    void aLevelOutsideOneToFiveIsABadRequest() throws Exception {
        mvc.perform(post("/api/v1/public/ratings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"X\", \"phone\": \"8000\", \"level\": 6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        verifyNoInteractions(rate);
    }

    @Test
    void aClerkRecordsTheWindowEvaluatorsRatingAsThemselves() throws Exception {
        given(rate.record(any())).willReturn(view(5));

        mvc.perform(post("/api/v1/ratings").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind": "CASE", "number": "451381-2026-000123", "channel": "WINDOW", "level": 5}"""))
                .andExpect(status().isCreated());

        verify(rate).record(new RecordRatingCommand(CLERK, RatedServiceKind.CASE, "451381-2026-000123",
                RatingChannel.WINDOW, 5, null));
    }

    @Test
    void staffCannotChangeOrDeleteARating() throws Exception {
        mvc.perform(post("/api/v1/ratings").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/ratings/" + RATING).with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"level\": 5}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/ratings/" + RATING).with(as(SUPERVISOR)))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlySupervisorsCloseReviewAndOnlyTheDepartmentReplies() throws Exception {
        String rect = "/api/v1/ratings/rectifications/" + RECTIFICATION;
        mvc.perform(post(rect + "/closure").with(as(APPROVER))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
        mvc.perform(post(rect + "/reply").with(as(SUPERVISOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reply\": \"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/ratings/appeals/" + UUID.randomUUID() + "/review").with(as(APPROVER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"UPHELD\", \"note\": \"n\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/ratings/" + RATING + "/appeals").with(as(CLERK))
                .contentType(MediaType.APPLICATION_JSON).content("{\"ground\": \"MISTAKEN\", \"reason\": \"r\"}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(rectify, appeals);
    }

    @Test
    void closingARealNameRectificationWithoutAReturnVisitIsAConflict() throws Exception {
        given(rectify.close(SUPERVISOR, RECTIFICATION)).willThrow(new ReturnVisitRequired(RECTIFICATION));

        mvc.perform(post("/api/v1/ratings/rectifications/" + RECTIFICATION + "/closure").with(as(SUPERVISOR)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("rating.return-visit-required"));
    }

    @Test
    void figuresHoldCountsAndSharesOnly() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 2);
        given(figures.figures(eq(SUPERVISOR), eq(Dimension.DEPARTMENT), eq(day), eq(day), eq(Optional.empty())))
                .willReturn(new RatingFigures(Dimension.DEPARTMENT, day, day, null,
                        List.of(new RatingFigures.Row("SCJG", List.of(1L, 0L, 0L, 1L, 2L), 1))));

        mvc.perform(get("/api/v1/ratings/figures?by=DEPARTMENT&from=2026-03-02&to=2026-03-02").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].key").value("SCJG"))
                .andExpect(jsonPath("$.rows[0].total").value(4))
                .andExpect(jsonPath("$.rows[0].bad").value(1))
                .andExpect(jsonPath("$.rows[0].badShare").value(0.25))
                .andExpect(jsonPath("$.rows[0].excluded").value(1))
                .andExpect(jsonPath("$.rows[0].verySatisfied").value(2));
        mvc.perform(get("/api/v1/ratings/figures?by=DEPARTMENT&from=2026-03-02&to=2026-03-02").with(as(CLERK)))
                .andExpect(status().isForbidden());
    }

    private static RatingView view(int level) {
        return new RatingView(RATING, RatedServiceKind.CASE, "451381-2026-000123", "SCJG", RatingChannel.PORTAL,
                level, level == 1 ? "非常不满意" : "非常满意", level <= 2, null, Instant.parse("2026-03-02T02:00:00Z"),
                null, level <= 2 ? RECTIFICATION : null);
    }
}
