package org.openhall.servicecase.application.port.out;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.openhall.servicecase.domain.CaseStatus;
import org.openhall.servicecase.domain.CaseStep;
import org.openhall.servicecase.domain.ServiceCaseSnapshot;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.DepartmentCode;

/** A {@link CaseQueuePort} over the cases an {@link InMemoryServiceCaseRepository} holds. */
public class InMemoryCaseQueue implements CaseQueuePort {

    private final InMemoryServiceCaseRepository cases;

    public InMemoryCaseQueue(InMemoryServiceCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Page<QueuedCase> queue(Selection s, PageRequest page) {
        List<QueuedCase> matching = cases.snapshots().stream()
                .filter(c -> s.statuses().contains(c.status()))
                .filter(c -> s.windows().isEmpty() || (c.window() != null && s.windows().contains(c.window())))
                .filter(c -> s.department().map(d -> d.equals(c.department())).orElse(true))
                .filter(c -> s.stepRole().map(r -> c.currentStep().map(CaseStep::requiredRole).orElse(null) == r)
                        .orElse(true))
                .filter(c -> s.itemCode().map(i -> i.equals(c.itemCode())).orElse(true))
                .filter(c -> s.channel().map(ch -> ch == c.channel()).orElse(true))
                .map(c -> queued(c, s))
                .filter(q -> s.dueOnOrBefore().map(d -> q.dueOn() != null && !q.dueOn().isAfter(d)).orElse(true))
                .sorted(Comparator.comparing(QueuedCase::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(QueuedCase::number))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    @Override
    public List<StatusCount> countByStatus(Optional<DepartmentCode> department, LocalDate today) {
        List<ServiceCaseSnapshot> scoped = cases.snapshots().stream()
                .filter(c -> department.map(d -> d.equals(c.department())).orElse(true)).toList();
        return scoped.stream().map(ServiceCaseSnapshot::status).distinct().map(status -> {
            List<ServiceCaseSnapshot> of = scoped.stream().filter(c -> c.status() == status).toList();
            long paused = of.stream().filter(c -> c.status() == CaseStatus.ACCEPTED && c.statutoryDueOn() == null)
                    .count();
            long overdue = of.stream().filter(c -> c.status() == CaseStatus.ACCEPTED && c.promisedDueOn() != null
                    && c.promisedDueOn().isBefore(today)).count();
            return new StatusCount(status, of.size(), paused, overdue);
        }).toList();
    }

    private static QueuedCase queued(ServiceCaseSnapshot c, Selection s) {
        Optional<CaseStep> step = c.status() == CaseStatus.ACCEPTED ? c.currentStep() : Optional.empty();
        LocalDate stepDue = step.map(CaseStep::dueOn).orElse(null);
        LocalDate due = switch (c.status()) {
            case ACCEPTED -> stepDue == null ? c.promisedDueOn()
                    : c.promisedDueOn() == null || stepDue.isBefore(c.promisedDueOn()) ? stepDue : c.promisedDueOn();
            case SUBMITTED -> s.noticeDueOf().apply(c.roundReceivedOn());
            default -> null;
        };
        return new QueuedCase(c.id().toString(), c.number().value(), c.itemCode().value(), c.itemName(),
                c.department().value(), c.applicant().name().value(), c.status(), c.channel(),
                c.window() == null ? null : c.window().value(), c.receivedOn(), c.roundReceivedOn(),
                c.promisedDueOn(), step.map(CaseStep::position).orElse(null), stepDue,
                step.map(CaseStep::requiredRole).orElse(null), due,
                c.status() == CaseStatus.ACCEPTED && c.statutoryDueOn() == null, c.version());
    }
}
