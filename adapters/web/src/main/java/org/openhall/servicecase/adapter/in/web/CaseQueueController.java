package org.openhall.servicecase.adapter.in.web;

import java.util.Optional;

import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.in.CaseCountsView;
import org.openhall.servicecase.application.port.in.CaseQueueFilter;
import org.openhall.servicecase.application.port.in.CaseQueueQuery;
import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.SubmissionChannel;
import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Work queues (待办) of clerks and department approvers, nearest deadline first, and the number of
 * cases per state.
 */
@RestController
@RequestMapping(ServiceCaseController.PATH)
@Tag(name = "Cases")
public class CaseQueueController {

    private final CaseQueueQuery queues;

    public CaseQueueController(CaseQueueQuery queues) {
        this.queues = queues;
    }

    @GetMapping("/queue")
    @Operation(summary = "Lists the caller's work queue today (我的待办), nearest deadline first",
            description = "The open cases of every window the caller serves today: their own as A post (post A), "
                    + "and the A post's while the caller, as B post, acts for an absent A (post ACTING_FOR_A). "
                    + "Deadline: the current step's or promised due date, or for a case merely received the "
                    + "one-time-notice deadline (5 working days, Art. 32); paused cases and cases waiting for the "
                    + "applicant come last.")
    public PageResponse<CaseQueueRowResponse> queue(Actor actor, @RequestParam Optional<CaseStatus> status,
            @RequestParam Optional<String> itemCode, @RequestParam Optional<String> window,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam Optional<Integer> dueWithinDays,
            @RequestParam Optional<SubmissionChannel> channel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        CaseQueueFilter filter = filter(status, itemCode, window, overdue, dueWithinDays, channel);
        return PageResponse.of(queues.clerkQueue(actor, filter, new PageRequest(page, size)),
                CaseQueueRowResponse::of);
    }

    @GetMapping("/approver-queue")
    @Operation(summary = "Lists the department approver's queue (审批待办), nearest deadline first",
            description = "The accepted cases of the caller's department whose current step needs a department "
                    + "approver; the same filters as the clerk's queue.")
    public PageResponse<CaseQueueRowResponse> approverQueue(Actor actor, @RequestParam Optional<String> itemCode,
            @RequestParam Optional<String> window, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam Optional<Integer> dueWithinDays, @RequestParam Optional<SubmissionChannel> channel,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        CaseQueueFilter filter = filter(Optional.empty(), itemCode, window, overdue, dueWithinDays, channel);
        return PageResponse.of(queues.approverQueue(actor, filter, new PageRequest(page, size)),
                CaseQueueRowResponse::of);
    }

    @GetMapping("/counts")
    @Operation(summary = "Counts the cases per state (办件状态统计)",
            description = "The caller's department; supervisors count the whole centre or the department named.")
    public CaseCountsView counts(Actor actor, @RequestParam Optional<String> department) {
        return queues.counts(actor, department.map(DepartmentCode::new));
    }

    private static CaseQueueFilter filter(Optional<CaseStatus> status, Optional<String> itemCode,
            Optional<String> window, boolean overdue, Optional<Integer> dueWithinDays,
            Optional<SubmissionChannel> channel) {
        return new CaseQueueFilter(status, itemCode.filter(s -> !s.isBlank()).map(ApprovalItemCode::new),
                window.filter(s -> !s.isBlank()).map(WindowCode::new), overdue, dueWithinDays, channel);
    }
}
