package org.openhall.servicecase.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.servicecase.application.port.out.ConsultationRepository;
import org.openhall.servicecase.domain.consultation.Consultation;
import org.openhall.servicecase.domain.consultation.ConsultationAction;
import org.openhall.servicecase.domain.consultation.ConsultationChannel;
import org.openhall.servicecase.domain.consultation.ConsultationId;
import org.openhall.servicecase.domain.consultation.ConsultationSnapshot;
import org.openhall.servicecase.domain.consultation.ConsultationState;
import org.openhall.servicecase.domain.consultation.ConsultationTransition;
import org.openhall.servicecase.domain.consultation.Enquirer;
import org.openhall.servicecase.domain.consultation.Referral;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps consultations in {@code consultation} with plain SQL: one row per consultation, updated
 * only when its version is still the one read (optimistic locking), and its steps appended to
 * {@code consultation_transition} by their own statement.
 */
@Component
@SecondaryAdapter
public class ConsultationPersistenceAdapter implements ConsultationRepository {

    private static final String RESOURCE = "consultation";

    /** A department's list: what it answers for, and what it referred on that waits for acknowledgement. */
    private static final String LIST_WHERE = """
             WHERE (CAST(:state AS varchar) IS NULL OR state = :state)
               AND (CAST(:department AS varchar) IS NULL OR department = :department
                    OR (state = 'REFERRED' AND referral_from = :department))
               AND (CAST(:clerk AS varchar) IS NULL
                    OR (responsible_clerk = :clerk AND state IN ('OPEN', 'REFERRED', 'ACKNOWLEDGED')))
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public ConsultationPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Consultation> findById(ConsultationId id) {
        return jdbc.sql("SELECT * FROM consultation WHERE id = :id").param("id", id.value())
                .query(this::restore).optional();
    }

    @Override
    @Transactional
    public Consultation save(Consultation consultation) {
        ConsultationSnapshot s = consultation.snapshot();
        if (s.version() == 0) {
            insert(s);
        } else {
            update(s);
        }
        appendTransitions(consultation.pullTransitions());
        return findById(s.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Consultation> findAll(Optional<ConsultationState> state, Optional<DepartmentCode> department,
            Optional<String> responsibleClerk, PageRequest page) {
        String stateName = state.map(Enum::name).orElse(null);
        String departmentCode = department.map(DepartmentCode::value).orElse(null);
        String clerk = responsibleClerk.orElse(null);
        long total = jdbc.sql("SELECT count(*) FROM consultation" + LIST_WHERE).param("state", stateName)
                .param("department", departmentCode).param("clerk", clerk).query(Long.class).single();
        List<Consultation> content = jdbc.sql("SELECT * FROM consultation" + LIST_WHERE
                + " ORDER BY recorded_at DESC, id LIMIT :limit OFFSET :offset")
                .param("state", stateName).param("department", departmentCode).param("clerk", clerk)
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::restore).list();
        return Page.of(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsultationTransition> history(ConsultationId id) {
        return jdbc.sql("SELECT * FROM consultation_transition WHERE consultation_id = :id ORDER BY sequence")
                .param("id", id.value()).query(ConsultationPersistenceAdapter::transition).list();
    }

    private void insert(ConsultationSnapshot s) {
        try {
            bind(jdbc.sql("""
                    INSERT INTO consultation (id, channel, enquirer_name, enquirer_phone, question, item_code,
                        department, origin_department, first_contact_clerk, responsible_clerk, state, recorded_at,
                        answer, answered_by, closed_at, case_id, case_number, referral_from, referral_to,
                        referral_reason, referred_by, referred_at, acknowledged_by, acknowledged_at,
                        transition_count, version)
                    VALUES (:id, :channel, :enquirerName, :enquirerPhone, :question, :itemCode, :department,
                        :originDepartment, :firstContactClerk, :responsibleClerk, :state, :recordedAt, :answer,
                        :answeredBy, :closedAt, :caseId, :caseNumber, :referralFrom, :referralTo, :referralReason,
                        :referredBy, :referredAt, :acknowledgedBy, :acknowledgedAt, :transitionCount, 1)
                    """), s).update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentUpdate(RESOURCE, s.id().toString());
        }
    }

    private void update(ConsultationSnapshot s) {
        int updated = bind(jdbc.sql("""
                UPDATE consultation SET channel = :channel, enquirer_name = :enquirerName,
                    enquirer_phone = :enquirerPhone, question = :question, item_code = :itemCode,
                    department = :department, origin_department = :originDepartment,
                    first_contact_clerk = :firstContactClerk, responsible_clerk = :responsibleClerk,
                    state = :state, recorded_at = :recordedAt, answer = :answer, answered_by = :answeredBy,
                    closed_at = :closedAt, case_id = :caseId, case_number = :caseNumber,
                    referral_from = :referralFrom, referral_to = :referralTo, referral_reason = :referralReason,
                    referred_by = :referredBy, referred_at = :referredAt, acknowledged_by = :acknowledgedBy,
                    acknowledged_at = :acknowledgedAt, transition_count = :transitionCount,
                    version = version + 1
                WHERE id = :id AND version = :version
                """), s).param("version", s.version()).update();
        if (updated != 1) {
            throw new ConcurrentUpdate(RESOURCE, s.id().toString());
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ConsultationSnapshot s) {
        Referral r = s.referral();
        return sql.param("id", s.id().value())
                .param("channel", s.channel().name())
                .param("enquirerName", s.enquirer().name().value())
                .param("enquirerPhone", cipher.seal(s.enquirer().phone().value()))
                .param("question", s.question())
                .param("itemCode", s.itemCode() == null ? null : s.itemCode().value())
                .param("department", s.department().value())
                .param("originDepartment", s.originDepartment().value())
                .param("firstContactClerk", s.firstContactClerk())
                .param("responsibleClerk", s.responsibleClerk())
                .param("state", s.state().name())
                .param("recordedAt", utc(s.recordedAt()))
                .param("answer", s.answer())
                .param("answeredBy", s.answeredBy())
                .param("closedAt", utc(s.closedAt()))
                .param("caseId", s.caseId() == null ? null : UUID.fromString(s.caseId()))
                .param("caseNumber", s.caseNumber())
                .param("referralFrom", r == null ? null : r.from().value())
                .param("referralTo", r == null ? null : r.to().value())
                .param("referralReason", r == null ? null : r.reason())
                .param("referredBy", r == null ? null : r.referredBy())
                .param("referredAt", r == null ? null : utc(r.referredAt()))
                .param("acknowledgedBy", r == null ? null : r.acknowledgedBy())
                .param("acknowledgedAt", r == null ? null : utc(r.acknowledgedAt()))
                .param("transitionCount", s.transitionCount());
    }

    private void appendTransitions(List<ConsultationTransition> transitions) {
        for (ConsultationTransition t : transitions) {
            jdbc.sql("""
                    INSERT INTO consultation_transition (consultation_id, sequence, action, from_state, to_state,
                        actor, actor_department, acting_for, at, note)
                    VALUES (:id, :sequence, :action, :from, :to, :actor, :actorDepartment, :actingFor, :at, :note)
                    """)
                    .param("id", t.consultationId().value()).param("sequence", t.sequence())
                    .param("action", t.action().name()).param("from", t.from() == null ? null : t.from().name())
                    .param("to", t.to().name()).param("actor", t.actor()).param("actorDepartment", t.actorDepartment())
                    .param("actingFor", t.actingFor()).param("at", utc(t.at())).param("note", t.note())
                    .update();
        }
    }

    private Consultation restore(ResultSet rs, int row) throws SQLException {
        String itemCode = rs.getString("item_code");
        String referralFrom = rs.getString("referral_from");
        Referral referral = referralFrom == null ? null
                : new Referral(new DepartmentCode(referralFrom), new DepartmentCode(rs.getString("referral_to")),
                        rs.getString("referral_reason"), rs.getString("referred_by"), instant(rs, "referred_at"),
                        rs.getString("acknowledged_by"), instant(rs, "acknowledged_at"));
        UUID caseId = rs.getObject("case_id", UUID.class);
        return Consultation.restore(new ConsultationSnapshot(new ConsultationId(rs.getObject("id", UUID.class)),
                ConsultationChannel.valueOf(rs.getString("channel")),
                new Enquirer(new PersonName(rs.getString("enquirer_name")),
                        new PhoneNumber(cipher.open(rs.getString("enquirer_phone")))),
                rs.getString("question"), itemCode == null ? null : new ApprovalItemCode(itemCode),
                new DepartmentCode(rs.getString("department")), new DepartmentCode(rs.getString("origin_department")),
                rs.getString("first_contact_clerk"), rs.getString("responsible_clerk"),
                ConsultationState.valueOf(rs.getString("state")), instant(rs, "recorded_at"), rs.getString("answer"),
                rs.getString("answered_by"), instant(rs, "closed_at"), caseId == null ? null : caseId.toString(),
                rs.getString("case_number"), referral, rs.getInt("transition_count"), rs.getLong("version")));
    }

    private static ConsultationTransition transition(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_state");
        return new ConsultationTransition(new ConsultationId(rs.getObject("consultation_id", UUID.class)),
                rs.getInt("sequence"), ConsultationAction.valueOf(rs.getString("action")),
                from == null ? null : ConsultationState.valueOf(from), ConsultationState.valueOf(rs.getString("to_state")),
                rs.getString("actor"), rs.getString("actor_department"), rs.getString("acting_for"),
                instant(rs, "at"), rs.getString("note"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
