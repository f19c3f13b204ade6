package org.openhall.complaint.application.port.out;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketSnapshot;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.complaint.domain.TicketTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** Tickets in memory, stored as snapshots so that a loaded ticket is a copy, as from a database. */
public final class InMemoryTicketRepository implements TicketRepository {

    private final Map<TicketId, TicketSnapshot> rows = new LinkedHashMap<>();
    private final List<TicketTransition> transitions = new ArrayList<>();

    @Override
    public long save(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        TicketSnapshot stored = rows.get(s.id());
        if (stored != null && stored.version() != s.version()) {
            throw new ConcurrentUpdate("ticket", s.id().toString());
        }
        long version = stored == null ? 0 : s.version() + 1;
        rows.put(s.id(), withVersion(s, version));
        transitions.addAll(ticket.pullTransitions());
        return version;
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(rows.get(id)).map(Ticket::rebuild);
    }

    @Override
    public Optional<Ticket> findByNumber(String number) {
        return rows.values().stream().filter(s -> s.intake().number().equals(number)).findFirst().map(Ticket::rebuild);
    }

    @Override
    public List<TicketTransition> history(TicketId id) {
        return transitions.stream().filter(t -> t.ticketId().equals(id)).toList();
    }

    @Override
    public Page<Ticket> list(TicketListFilter filter, LocalDate today, PageRequest page) {
        List<Ticket> all = rows.values().stream().map(Ticket::rebuild)
                .filter(t -> filter.status().map(s -> s == t.status()).orElse(true))
                .filter(t -> filter.department().map(d -> d.equals(t.department())).orElse(true))
                .filter(t -> !filter.overdueOnly() || t.isOverdue(today)).toList().reversed();
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    @Override
    public List<Ticket> openOfPhone(String phone) {
        return rows.values().stream()
                .filter(s -> s.status() != TicketStatus.CLOSED && s.intake().caller().phone() != null
                        && s.intake().caller().phone().value().equals(phone))
                .sorted(Comparator.comparing(TicketSnapshot::dueOn)).map(Ticket::rebuild).toList();
    }

    @Override
    public List<Ticket> lockLateCandidates(LocalDate today, int limit) {
        return rows.values().stream().filter(s -> s.status().awaitsReply())
                .filter(s -> s.dueOn().isBefore(today) && !s.dueOn().equals(s.overdueReportedFor())
                        || s.status() == TicketStatus.DISPATCHED && s.signInDueOn().isBefore(today)
                                && !s.signInDueOn().equals(s.signInOverdueReportedFor()))
                .map(Ticket::rebuild).limit(limit).toList();
    }

    @Override
    public List<Ticket> search(PublicTicketFilter filter, int limit) {
        return rows.values().stream()
                .filter(s -> filter.numbers().isEmpty() || filter.numbers().contains(s.intake().number()))
                .filter(s -> filter.classCodes().isEmpty() || filter.classCodes().contains(s.intake().ticketClass().code()))
                .filter(s -> filter.resolved() == null || filter.resolved() == s.status().resolved())
                .filter(s -> filter.from() == null || !s.receivedAt().isBefore(filter.from()))
                .filter(s -> filter.to() == null || !s.receivedAt().isAfter(filter.to()))
                .map(Ticket::rebuild).limit(limit).toList().reversed();
    }

    private static TicketSnapshot withVersion(TicketSnapshot s, long version) {
        return new TicketSnapshot(s.id(), s.intake(), s.receivedOn(), s.receivedAt(), s.dueOn(), s.status(),
                s.department(), s.dispatchedOn(), s.signInDueOn(), s.reply(), s.extension(), s.followUp(), s.closedOn(),
                s.reopenCount(), s.supervisionCount(), s.handlers(), s.signInOverdueReportedFor(),
                s.overdueReportedFor(), s.updatedAt(), s.historyCount(), version);
    }
}
