package org.openhall.supervision.adapter.in.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.openhall.shared.adapter.in.web.PageResponse;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.AccountabilityQuery;
import org.openhall.supervision.application.port.in.CardDecisionCommand;
import org.openhall.supervision.application.port.in.ContestCardUseCase;
import org.openhall.supervision.application.port.in.FiguresQuery;
import org.openhall.supervision.application.port.in.FiguresView;
import org.openhall.supervision.application.port.in.GradeView;
import org.openhall.supervision.application.port.in.IssueOrderCommand;
import org.openhall.supervision.application.port.in.IssueOrderUseCase;
import org.openhall.supervision.application.port.in.OrderQuery;
import org.openhall.supervision.application.port.in.OrderView;
import org.openhall.supervision.application.port.in.RecordAccountabilityCommand;
import org.openhall.supervision.application.port.in.RecordAccountabilityUseCase;
import org.openhall.supervision.application.port.in.ReplyToOrderCommand;
import org.openhall.supervision.application.port.in.ReplyToOrderUseCase;
import org.openhall.supervision.application.port.in.RevokeCardUseCase;
import org.openhall.supervision.application.port.in.SweepCasesUseCase;
import org.openhall.supervision.application.port.in.SweepResult;
import org.openhall.supervision.application.port.in.WarningFilter;
import org.openhall.supervision.application.port.in.WarningQuery;
import org.openhall.supervision.application.port.in.WarningView;
import org.openhall.supervision.domain.AccountabilityRecord;
import org.openhall.supervision.domain.FigureDimension;
import org.openhall.supervision.domain.SupervisionRule;
import org.openhall.supervision.domain.WarningLevel;
import org.openhall.supervision.domain.WarningStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Electronic supervision (电子监察) for supervisors, and for a department's approvers on their own
 * department: warnings and cards, contests and revocations, supervisory orders and replies,
 * accountability, figures and grades, and a sweep on demand.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@Tag(name = "Supervision", description = "Electronic efficiency supervision: warnings, cards, orders, figures")
public class SupervisionController {

    private final WarningQuery warnings;
    private final ContestCardUseCase contests;
    private final RevokeCardUseCase decisions;
    private final SweepCasesUseCase sweep;
    private final IssueOrderUseCase issueOrders;
    private final ReplyToOrderUseCase replies;
    private final OrderQuery orders;
    private final RecordAccountabilityUseCase recordAccountability;
    private final AccountabilityQuery accountability;
    private final FiguresQuery figures;

    public SupervisionController(WarningQuery warnings, ContestCardUseCase contests, RevokeCardUseCase decisions,
            SweepCasesUseCase sweep, IssueOrderUseCase issueOrders, ReplyToOrderUseCase replies, OrderQuery orders,
            RecordAccountabilityUseCase recordAccountability, AccountabilityQuery accountability,
            FiguresQuery figures) {
        this.warnings = warnings;
        this.contests = contests;
        this.decisions = decisions;
        this.sweep = sweep;
        this.issueOrders = issueOrders;
        this.replies = replies;
        this.orders = orders;
        this.recordAccountability = recordAccountability;
        this.accountability = accountability;
        this.figures = figures;
    }

    @GetMapping("/warnings")
    @Operation(summary = "Lists warnings and cards, newest first; approvers see their own department's")
    public PageResponse<WarningView> warnings(Actor actor, @RequestParam Optional<String> department,
            @RequestParam Optional<WarningLevel> level, @RequestParam Optional<SupervisionRule> rule,
            @RequestParam Optional<WarningStatus> status, @RequestParam Optional<String> caseId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(warnings.warnings(actor,
                new WarningFilter(department, level, rule, status, caseId, from, to), new PageRequest(page, size)),
                v -> v);
    }

    @GetMapping("/warnings/{id}")
    @Operation(summary = "One warning or card")
    public WarningView warning(Actor actor, @PathVariable String id) {
        return warnings.warning(actor, id);
    }

    @PostMapping("/warnings/{id}/contest")
    @Operation(summary = "An approver of the card's department contests it with reasons (申诉)")
    public WarningView contest(Actor actor, @PathVariable String id, @RequestBody ReasonRequest request) {
        return contests.contest(actor, new CardDecisionCommand(id, request.reason()));
    }

    @PostMapping("/warnings/{id}/revocation")
    @Operation(summary = "A supervisor revokes a card with reasons; it stays in the history, out of the figures")
    public WarningView revoke(Actor actor, @PathVariable String id, @RequestBody ReasonRequest request) {
        return decisions.revoke(actor, new CardDecisionCommand(id, request.reason()));
    }

    @PostMapping("/warnings/{id}/contest-dismissal")
    @Operation(summary = "A supervisor dismisses the department's contest with reasons; the card stands")
    public WarningView dismissContest(Actor actor, @PathVariable String id, @RequestBody ReasonRequest request) {
        return decisions.dismissContest(actor, new CardDecisionCommand(id, request.reason()));
    }

    @PostMapping("/sweeps")
    @Operation(summary = "Runs the supervision sweep now, for today's date")
    public SweepResult sweep() {
        return sweep.sweep();
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issues a supervisory order (督办) about a case or a warning")
    public OrderView issue(Actor actor, @RequestBody OrderRequest request) {
        return issueOrders.issue(actor, new IssueOrderCommand(request.caseId(), request.warningId(),
                request.instruction(), request.replyWorkingDays()));
    }

    @GetMapping("/orders")
    @Operation(summary = "Lists supervisory orders, optionally only those whose reply is overdue")
    public List<OrderView> orders(Actor actor, @RequestParam(defaultValue = "false") boolean overdue) {
        return orders.orders(actor, overdue);
    }

    @PostMapping("/orders/{id}/reply")
    @Operation(summary = "An approver of the ordered department replies (回告), once")
    public OrderView reply(Actor actor, @PathVariable String id, @RequestBody ReplyRequest request) {
        return replies.reply(actor, new ReplyToOrderCommand(id, request.reply()));
    }

    @PostMapping("/accountability")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records accountability (责任追究) for a card")
    public AccountabilityRecord record(Actor actor, @RequestBody AccountabilityRequest request) {
        return recordAccountability.record(actor, new RecordAccountabilityCommand(request.warningId(),
                request.staff(), request.measure(), request.reasons()));
    }

    @GetMapping("/accountability")
    @Operation(summary = "Lists accountability records, newest first")
    public List<AccountabilityRecord> accountability(Actor actor) {
        return accountability.accountability(actor);
    }

    @GetMapping("/figures")
    @Operation(summary = "Figures of a month by department, item or staff member")
    public FiguresView figures(Actor actor, @RequestParam YearMonth month,
            @RequestParam(defaultValue = "DEPARTMENT") FigureDimension by) {
        return figures.figures(actor, month, by);
    }

    @GetMapping("/grades")
    @Operation(summary = "Quarterly grades per department (优秀/良好/合格/不合格)")
    public List<GradeView> grades(Actor actor, @RequestParam int year, @RequestParam int quarter) {
        return figures.grades(actor, year, quarter);
    }
}
