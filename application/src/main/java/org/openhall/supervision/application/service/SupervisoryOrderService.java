package org.openhall.supervision.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.access.Actor;
import org.openhall.supervision.application.port.in.IssueOrderCommand;
import org.openhall.supervision.application.port.in.IssueOrderUseCase;
import org.openhall.supervision.application.port.in.OrderQuery;
import org.openhall.supervision.application.port.in.OrderView;
import org.openhall.supervision.application.port.in.ReplyToOrderCommand;
import org.openhall.supervision.application.port.in.ReplyToOrderUseCase;
import org.openhall.supervision.application.port.out.SupervisedCaseRepository;
import org.openhall.supervision.application.port.out.SupervisoryOrderRepository;
import org.openhall.supervision.application.port.out.WarningRepository;
import org.openhall.supervision.domain.SupervisoryOrder;
import org.openhall.supervision.domain.SupervisoryOrderSnapshot;
import org.openhall.supervision.domain.Warning;
import org.openhall.supervision.domain.WarningSnapshot;
import org.springframework.transaction.annotation.Transactional;

/** Supervisory orders (督办) and the departments' replies (回告). */
public class SupervisoryOrderService implements IssueOrderUseCase, ReplyToOrderUseCase, OrderQuery {

    private final SupervisoryOrderRepository orders;
    private final WarningRepository warnings;
    private final SupervisedCaseRepository cases;
    private final SupervisionSettings settings;
    private final Clock clock;

    public SupervisoryOrderService(SupervisoryOrderRepository orders, WarningRepository warnings,
            SupervisedCaseRepository cases, SupervisionSettings settings, Clock clock) {
        this.orders = orders;
        this.warnings = warnings;
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OrderView issue(Actor supervisor, IssueOrderCommand command) {
        SupervisionAccess.requireSupervisor(supervisor, "issue a supervisory order");
        String caseId = command.caseId();
        String department;
        if (command.warningId() != null) {
            Warning warning = warnings.find(command.warningId())
                    .orElseThrow(() -> new ResourceNotFound("warning", command.warningId()));
            WarningSnapshot w = warning.snapshot();
            department = w.department();
            caseId = caseId == null ? w.caseId() : caseId;
        } else if (caseId != null) {
            String id = caseId;
            department = cases.find(id).orElseThrow(() -> new ResourceNotFound("case", id)).department();
        } else {
            department = null;
        }
        int replyDays = command.replyWorkingDays() != null ? command.replyWorkingDays()
                : settings.rules().orderReplyWorkingDays();
        SupervisoryOrder order = SupervisoryOrder.issue(UUID.randomUUID().toString(), department == null ? "-" : department,
                caseId, command.warningId(), command.instruction(), supervisor, today(), replyDays, settings.calendar());
        orders.add(order);
        return view(order, today());
    }

    @Override
    @Transactional
    public OrderView reply(Actor approver, ReplyToOrderCommand command) {
        SupervisoryOrder order = orders.find(command.orderId())
                .orElseThrow(() -> new ResourceNotFound("order", command.orderId()));
        SupervisionAccess.requireApproverOf(approver, order.department());
        order.reply(approver, command.reply(), today());
        orders.update(order);
        return view(order, today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderView> orders(Actor actor, boolean overdueRepliesOnly) {
        LocalDate today = today();
        return orders.list(SupervisionAccess.scopeOf(actor)).stream()
                .filter(o -> !overdueRepliesOnly || o.replyOverdueOn(today))
                .map(o -> view(o, today))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private static OrderView view(SupervisoryOrder order, LocalDate today) {
        SupervisoryOrderSnapshot s = order.snapshot();
        return new OrderView(s.id(), s.department(), s.caseId(), s.warningId(), s.instruction(), s.issuedBy(),
                s.issuedOn(), s.replyDueOn(), s.status().name(), s.reply(), s.repliedBy(), s.repliedOn(),
                order.replyOverdueOn(today));
    }
}
