package org.openhall.complaint.adapter.out.persistence;

import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.in.PublicTicketFilter;
import org.openhall.complaint.application.port.in.TicketListFilter;
import org.openhall.complaint.application.port.out.TicketRepository;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketSnapshot;
import org.openhall.complaint.domain.TicketTransition;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets in {@code ticket}, updated under an optimistic version check, with their history appended to
 * {@code ticket_transition} by its own statements (never rewritten: a trigger forbids it).
 */
@Component
@SecondaryAdapter
public class TicketPersistenceAdapter implements TicketRepository {

    private static final String AWAITING_REPLY = "status IN ('RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED_IN')";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public TicketPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A stored ticket, its caller's phone unsealed. */
    private Ticket row(ResultSet rs, int rowNumber) throws SQLException {
        return TicketRows.ticket(rs, cipher);
    }

    @Override
    @Transactional
    public long save(Ticket ticket) {
        TicketSnapshot s = ticket.snapshot();
        List<TicketTransition> pending = ticket.pullTransitions();
        // A ticket just taken in carries its first step; a loaded one continues its stored history.
        boolean isNew = !pending.isEmpty() && pending.getFirst().sequence() == 1;
        long version;
        if (isNew) {
            insert(s);
            version = 0;
        } else {
            version = update(s);
        }
        append(pending);
        return version;
    }

    private void insert(TicketSnapshot s) {
        Map<String, Object> p = TicketRows.intake(s, cipher);
        p.putAll(TicketRows.state(s));
        jdbc.sql("""
                INSERT INTO ticket (id, number, class_code, class_name, class_working_days, channel, caller_name,
                    caller_phone, caller_phone_index, caller_email, subject, description, address, latitude, longitude, related_case_id,
                    related_case_number, related_case_department, related_case_handlers, call_id, external_reference,
                    received_on, received_at, due_on, status, department, dispatched_on, sign_in_due_on, reply_text,
                    replied_by, replied_at, extension_working_days, extension_reason, extension_requested_by,
                    extension_requested_on, extension_approved_by, extension_approved_on, follow_up_satisfaction,
                    follow_up_note, followed_up_by, followed_up_at, closed_on, reopen_count, supervision_count,
                    handlers, sign_in_overdue_reported_for, overdue_reported_for, updated_at, history_count, version)
                VALUES (:id, :number, :classCode, :className, :classWorkingDays, :channel, :callerName,
                    :callerPhone, :callerPhoneIndex, :callerEmail, :subject, :description, :address, :latitude, :longitude, :relatedCaseId,
                    :relatedCaseNumber, :relatedCaseDepartment, string_to_array(:relatedCaseHandlers, ','), :callId,
                    :externalReference, :receivedOn, :receivedAt, :dueOn, :status, :department, :dispatchedOn,
                    :signInDueOn, :replyText, :repliedBy, :repliedAt, :extWorkingDays, :extReason, :extRequestedBy,
                    :extRequestedOn, :extApprovedBy, :extApprovedOn, :satisfaction, :followUpNote, :followedUpBy,
                    :followedUpAt, :closedOn, :reopenCount, :supervisionCount, string_to_array(:handlers, ','),
                    :signInReported, :overdueReported, :updatedAt, :historyCount, 0)
                """).params(p).update();
    }

    private long update(TicketSnapshot s) {
        Map<String, Object> p = TicketRows.state(s);
        p.put("version", s.version());
        int rows = jdbc.sql("""
                UPDATE ticket SET due_on = :dueOn, status = :status, department = :department,
                    dispatched_on = :dispatchedOn, sign_in_due_on = :signInDueOn, reply_text = :replyText,
                    replied_by = :repliedBy, replied_at = :repliedAt, extension_working_days = :extWorkingDays,
                    extension_reason = :extReason, extension_requested_by = :extRequestedBy,
                    extension_requested_on = :extRequestedOn, extension_approved_by = :extApprovedBy,
                    extension_approved_on = :extApprovedOn, follow_up_satisfaction = :satisfaction,
                    follow_up_note = :followUpNote, followed_up_by = :followedUpBy, followed_up_at = :followedUpAt,
                    closed_on = :closedOn, reopen_count = :reopenCount, supervision_count = :supervisionCount,
                    handlers = string_to_array(:handlers, ','), sign_in_overdue_reported_for = :signInReported,
                    overdue_reported_for = :overdueReported, updated_at = :updatedAt, history_count = :historyCount,
                    version = version + 1
                WHERE id = :id AND version = :version
                """).params(p).update();
        if (rows != 1) {
            throw new ConcurrentUpdate("ticket", s.id().toString());
        }
        return s.version() + 1;
    }

    private void append(List<TicketTransition> transitions) {
        for (TicketTransition t : transitions) {
            jdbc.sql("""
                    INSERT INTO ticket_transition (ticket_id, sequence, action, from_status, to_status, actor,
                        actor_department, at, note)
                    VALUES (:ticketId, :sequence, :action, :from, :to, :actor, :actorDepartment, :at, :note)
                    """)
                    .param("ticketId", t.ticketId().value()).param("sequence", t.sequence())
                    .param("action", t.action().name()).param("from", t.from() == null ? null : t.from().name())
                    .param("to", t.to().name()).param("actor", t.actor()).param("actorDepartment", t.actorDepartment())
                    .param("at", TicketRows.ts(t.at())).param("note", t.note()).update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> findById(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket WHERE id = :id").param("id", id.value()).query(this::row)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> findByNumber(String number) {
        return jdbc.sql("SELECT * FROM ticket WHERE number = :number").param("number", number)
                .query(this::row).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<TicketTransition> history(TicketId id) {
        return jdbc.sql("SELECT * FROM ticket_transition WHERE ticket_id = :id ORDER BY sequence")
                .param("id", id.value()).query(TicketRows::transition).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Ticket> list(TicketListFilter filter, LocalDate today, PageRequest page) {
        String where = """
                WHERE (CAST(:status AS varchar) IS NULL OR status = :status)
                  AND (CAST(:department AS varchar) IS NULL OR department = :department)
                  AND (NOT :overdueOnly OR (""" + AWAITING_REPLY + " AND due_on < :today))";
        Map<String, Object> p = new HashMap<>();
        p.put("status", filter.status().map(Enum::name).orElse(null));
        p.put("department", filter.department().orElse(null));
        p.put("overdueOnly", filter.overdueOnly());
        p.put("today", today);
        long total = jdbc.sql("SELECT count(*) FROM ticket " + where).params(p).query(Long.class).single();
        p.put("limit", page.size());
        p.put("offset", page.offset());
        List<Ticket> content = jdbc.sql("SELECT * FROM ticket " + where
                + " ORDER BY received_at DESC, number DESC LIMIT :limit OFFSET :offset").params(p)
                .query(this::row).list();
        return Page.of(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> openOfPhone(String phone) {
        return jdbc.sql("""
                SELECT * FROM ticket WHERE caller_phone_index IN (:phoneIndexes) AND status <> 'CLOSED'
                 ORDER BY due_on, number""")
                .param("phoneIndexes", cipher.blindIndexes(PersonalDataKind.PHONE, phone)).query(this::row).list();
    }

    @Override
    @Transactional
    public List<Ticket> lockLateCandidates(LocalDate today, int limit) {
        return jdbc.sql("SELECT * FROM ticket WHERE " + AWAITING_REPLY + """
                  AND ((due_on < :today AND overdue_reported_for IS DISTINCT FROM due_on)
                    OR (status = 'DISPATCHED' AND sign_in_due_on < :today
                        AND sign_in_overdue_reported_for IS DISTINCT FROM sign_in_due_on))
                ORDER BY due_on LIMIT :limit FOR UPDATE SKIP LOCKED
                """).param("today", today).param("limit", limit).query(this::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> search(PublicTicketFilter filter, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        if (!filter.numbers().isEmpty()) {
            conditions.add("number IN (:numbers)");
            p.put("numbers", filter.numbers());
        }
        if (!filter.classCodes().isEmpty()) {
            conditions.add("class_code IN (:codes)");
            p.put("codes", filter.classCodes());
        }
        if (filter.from() != null) {
            conditions.add("received_at >= :from");
            p.put("from", TicketRows.ts(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("received_at <= :to");
            p.put("to", TicketRows.ts(filter.to()));
        }
        if (filter.resolved() != null) {
            conditions.add(filter.resolved() ? "status IN ('COMPLETED', 'FOLLOWED_UP', 'CLOSED')"
                    : "status NOT IN ('COMPLETED', 'FOLLOWED_UP', 'CLOSED')");
        }
        p.put("limit", limit);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql("SELECT * FROM ticket" + where + " ORDER BY received_at DESC, number DESC LIMIT :limit")
                .params(p).query(this::row).list();
    }
}
