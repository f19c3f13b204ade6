package org.openhall.complaint.adapter.out.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openhall.complaint.domain.Caller;
import org.openhall.complaint.domain.FollowUp;
import org.openhall.complaint.domain.RelatedCase;
import org.openhall.complaint.domain.Satisfaction;
import org.openhall.complaint.domain.Ticket;
import org.openhall.complaint.domain.TicketAction;
import org.openhall.complaint.domain.TicketChannel;
import org.openhall.complaint.domain.TicketClass;
import org.openhall.complaint.domain.TicketExtension;
import org.openhall.complaint.domain.TicketId;
import org.openhall.complaint.domain.TicketIntake;
import org.openhall.complaint.domain.TicketLocation;
import org.openhall.complaint.domain.TicketReply;
import org.openhall.complaint.domain.TicketSnapshot;
import org.openhall.complaint.domain.TicketStatus;
import org.openhall.complaint.domain.TicketTransition;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.domain.identity.PhoneNumber;

/**
 * Maps a ticket to the columns of {@code ticket} and back; the rebuild goes through {@link Ticket#rebuild}.
 * Lists of user names travel comma-joined ({@code string_to_array}): user names hold no commas.
 */
final class TicketRows {

    private TicketRows() {
    }

    /** The changing columns (everything but the intake), by parameter name. */
    static Map<String, Object> state(TicketSnapshot s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id().value());
        p.put("dueOn", s.dueOn());
        p.put("status", s.status().name());
        p.put("department", s.department());
        p.put("dispatchedOn", s.dispatchedOn());
        p.put("signInDueOn", s.signInDueOn());
        p.put("replyText", s.reply() == null ? null : s.reply().text());
        p.put("repliedBy", s.reply() == null ? null : s.reply().repliedBy());
        p.put("repliedAt", s.reply() == null ? null : ts(s.reply().repliedAt()));
        TicketExtension e = s.extension();
        p.put("extWorkingDays", e == null ? null : e.workingDays());
        p.put("extReason", e == null ? null : e.reason());
        p.put("extRequestedBy", e == null ? null : e.requestedBy());
        p.put("extRequestedOn", e == null ? null : e.requestedOn());
        p.put("extApprovedBy", e == null ? null : e.approvedBy());
        p.put("extApprovedOn", e == null ? null : e.approvedOn());
        FollowUp f = s.followUp();
        p.put("satisfaction", f == null ? null : f.satisfaction().name());
        p.put("followUpNote", f == null ? null : f.note());
        p.put("followedUpBy", f == null ? null : f.calledBy());
        p.put("followedUpAt", f == null ? null : ts(f.calledAt()));
        p.put("closedOn", s.closedOn());
        p.put("reopenCount", s.reopenCount());
        p.put("supervisionCount", s.supervisionCount());
        p.put("handlers", String.join(",", s.handlers()));
        p.put("signInReported", s.signInOverdueReportedFor());
        p.put("overdueReported", s.overdueReportedFor());
        p.put("updatedAt", ts(s.updatedAt()));
        p.put("historyCount", s.historyCount());
        return p;
    }

    /** The columns fixed at intake. */
    static Map<String, Object> intake(TicketSnapshot s, PersonalDataCipher cipher) {
        TicketIntake in = s.intake();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("number", in.number());
        p.put("classCode", in.ticketClass().code());
        p.put("className", in.ticketClass().name());
        p.put("classWorkingDays", in.ticketClass().workingDays());
        p.put("channel", in.channel().name());
        p.put("callerName", in.caller().name());
        String phone = in.caller().phone() == null ? null : in.caller().phone().value();
        // The caller's phone is personal data: sealed, and found again through its keyed blind index.
        p.put("callerPhone", cipher.seal(phone));
        p.put("callerPhoneIndex", cipher.blindIndex(PersonalDataKind.PHONE, phone));
        p.put("callerEmail", in.caller().email());
        p.put("subject", in.subject());
        p.put("description", in.description());
        p.put("address", in.location().address());
        p.put("latitude", in.location().latitude());
        p.put("longitude", in.location().longitude());
        RelatedCase rc = in.relatedCase();
        p.put("relatedCaseId", rc == null ? null : rc.caseId());
        p.put("relatedCaseNumber", rc == null ? null : rc.caseNumber());
        p.put("relatedCaseDepartment", rc == null ? null : rc.department());
        p.put("relatedCaseHandlers", rc == null ? "" : String.join(",", rc.handlers()));
        p.put("callId", in.callId());
        p.put("externalReference", in.externalReference());
        p.put("receivedOn", s.receivedOn());
        p.put("receivedAt", ts(s.receivedAt()));
        return p;
    }

    static Ticket ticket(ResultSet rs, PersonalDataCipher cipher) throws SQLException {
        String phone = cipher.open(rs.getString("caller_phone"));
        String relatedCaseId = rs.getString("related_case_id");
        TicketIntake intake = new TicketIntake(rs.getString("number"),
                TicketClass.of(rs.getString("class_code"), rs.getString("class_name"), rs.getInt("class_working_days")),
                TicketChannel.valueOf(rs.getString("channel")),
                new Caller(rs.getString("caller_name"), phone == null ? null : new PhoneNumber(phone),
                        rs.getString("caller_email")),
                rs.getString("subject"), rs.getString("description"),
                new TicketLocation(rs.getString("address"), (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude")),
                relatedCaseId == null ? null : new RelatedCase(relatedCaseId, rs.getString("related_case_number"),
                        rs.getString("related_case_department"), strings(rs.getArray("related_case_handlers"))),
                rs.getString("call_id"), rs.getString("external_reference"));
        String replyText = rs.getString("reply_text");
        Integer extDays = (Integer) rs.getObject("extension_working_days");
        String satisfaction = rs.getString("follow_up_satisfaction");
        return Ticket.rebuild(new TicketSnapshot(new TicketId(rs.getObject("id", UUID.class)), intake,
                date(rs, "received_on"), instant(rs, "received_at"), date(rs, "due_on"),
                TicketStatus.valueOf(rs.getString("status")), rs.getString("department"), date(rs, "dispatched_on"),
                date(rs, "sign_in_due_on"),
                replyText == null ? null : new TicketReply(replyText, rs.getString("replied_by"),
                        instant(rs, "replied_at")),
                extDays == null ? null : new TicketExtension(extDays, rs.getString("extension_reason"),
                        rs.getString("extension_requested_by"), date(rs, "extension_requested_on"),
                        rs.getString("extension_approved_by"), date(rs, "extension_approved_on")),
                satisfaction == null ? null : new FollowUp(Satisfaction.valueOf(satisfaction),
                        rs.getString("follow_up_note"), rs.getString("followed_up_by"), instant(rs, "followed_up_at")),
                date(rs, "closed_on"), rs.getInt("reopen_count"), rs.getInt("supervision_count"),
                strings(rs.getArray("handlers")), date(rs, "sign_in_overdue_reported_for"),
                date(rs, "overdue_reported_for"), instant(rs, "updated_at"), rs.getInt("history_count"),
                rs.getLong("version")));
    }

    static TicketTransition transition(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_status");
        return new TicketTransition(new TicketId(rs.getObject("ticket_id", UUID.class)), rs.getInt("sequence"),
                TicketAction.valueOf(rs.getString("action")), from == null ? null : TicketStatus.valueOf(from),
                TicketStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                rs.getString("actor_department"), instant(rs, "at"), rs.getString("note"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
