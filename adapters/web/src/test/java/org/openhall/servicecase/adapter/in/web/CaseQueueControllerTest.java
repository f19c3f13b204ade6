package org.openhall.servicecase.adapter.in.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseCountsView;
import org.openhall.servicecase.application.port.in.CaseQueueFilter;
import org.openhall.servicecase.application.port.in.CaseQueueQuery;
import org.openhall.servicecase.application.port.in.CaseQueueRowView;
import org.openhall.servicecase.application.port.in.QueueDeadline;
import org.openhall.servicecase.application.port.in.QueuePost;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.adapter.in.web.Staff;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Work queues and counts over HTTP: filters reach the query, rows carry deadline and post, roles are checked. */
@WebMvcTest(CaseQueueController.class)
class CaseQueueControllerTest {

    private static final CaseQueueRowView ROW = new CaseQueueRowView("0d5f8e0c-3a4b-4c1e-9a77-2f1e0b6c9d31",
            "451381-20260928-00001", "SCJG-001", "食品经营许可", "SCJG", "张*", CaseStatus.SUBMITTED,
            SubmissionChannel.ONLINE, "HS-CITY-W04", LocalDate.of(2026, 9, 28), null, LocalDate.of(2026, 10, 10),
            QueueDeadline.ONE_TIME_NOTICE, false, false, null, null, QueuePost.ACTING_FOR_A, "clerk.scjg", 1);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseQueueQuery queues;
    @MockitoBean
    StaffDirectory staff;

    @BeforeEach
    void staffAccounts() {
        Staff.registerIn(staff);
    }

    @Test
    void theClerksQueuePassesEveryFilterAndShowsTheDeadlineAndThePost() throws Exception {
        CaseQueueFilter expected = new CaseQueueFilter(Optional.of(CaseStatus.SUBMITTED),
                Optional.of(new ApprovalItemCode("SCJG-001")), Optional.of(new WindowCode("HS-CITY-W04")), true,
                Optional.of(3), Optional.of(SubmissionChannel.ONLINE));
        given(queues.clerkQueue(eq(CLERK), eq(expected), eq(new PageRequest(1, 5))))
                .willReturn(new Page<>(List.of(ROW), 1, 5, 6));

        mvc.perform(get("/api/v1/cases/queue?status=SUBMITTED&itemCode=SCJG-001&window=HS-CITY-W04&overdue=true"
                + "&dueWithinDays=3&channel=ONLINE&page=1&size=5").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].dueOn").value("2026-10-10"))
                .andExpect(jsonPath("$.content[0].dueKind").value("ONE_TIME_NOTICE"))
                .andExpect(jsonPath("$.content[0].post").value("ACTING_FOR_A"))
                .andExpect(jsonPath("$.content[0].actingFor").value("clerk.scjg"))
                .andExpect(jsonPath("$.content[0].applicantName").value("张*"))
                .andExpect(jsonPath("$.totalElements").value(6));
    }

    @Test
    void aClosedStatusIsNoQueueFilter() throws Exception {
        mvc.perform(get("/api/v1/cases/queue?status=COMPLETED").with(as(CLERK)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        verifyNoInteractions(queues);
    }

    @Test
    void theApproverQueueIsTheApproversOnly() throws Exception {
        given(queues.approverQueue(eq(APPROVER), any(), any())).willReturn(new Page<>(List.of(ROW), 0, 20, 1));

        mvc.perform(get("/api/v1/cases/approver-queue").with(as(APPROVER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(ROW.id()));
        mvc.perform(get("/api/v1/cases/approver-queue").with(as(CLERK))).andExpect(status().isForbidden());
        verify(queues).approverQueue(eq(APPROVER), eq(CaseQueueFilter.none()), eq(new PageRequest(0, 20)));
    }

    @Test
    void countsAnswerPerStateForTheNamedDepartment() throws Exception {
        given(queues.counts(SUPERVISOR, Optional.of(new org.openhall.shared.domain.access.DepartmentCode("SCJG"))))
                .willReturn(new CaseCountsView("SCJG", Map.of(CaseStatus.SUBMITTED, 2L, CaseStatus.ACCEPTED, 5L), 7,
                        1, 2));

        mvc.perform(get("/api/v1/cases/counts?department=SCJG").with(as(SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byStatus.ACCEPTED").value(5))
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.overdue").value(2));
    }
}
