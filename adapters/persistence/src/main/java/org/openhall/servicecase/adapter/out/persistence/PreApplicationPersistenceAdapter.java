package org.openhall.servicecase.adapter.out.persistence;

import static org.openhall.servicecase.adapter.out.persistence.ConsultationPersistenceAdapter.instant;
import static org.openhall.servicecase.adapter.out.persistence.ConsultationPersistenceAdapter.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.catalog.domain.ApprovalItemCode;
import org.openhall.network.domain.WindowCode;
import org.openhall.servicecase.application.port.out.PreApplicationRepository;
import org.openhall.servicecase.domain.Applicant;
import org.openhall.servicecase.domain.preapplication.Appointment;
import org.openhall.servicecase.domain.preapplication.Correction;
import org.openhall.servicecase.domain.preapplication.PreApplication;
import org.openhall.servicecase.domain.preapplication.PreApplicationAction;
import org.openhall.servicecase.domain.preapplication.PreApplicationId;
import org.openhall.servicecase.domain.preapplication.PreApplicationReference;
import org.openhall.servicecase.domain.preapplication.PreApplicationSnapshot;
import org.openhall.servicecase.domain.preapplication.PreApplicationState;
import org.openhall.servicecase.domain.preapplication.PreApplicationTransition;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;
import org.openhall.shared.domain.identity.ResidentIdNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps pre-applications in {@code pre_application} with plain SQL: the row is updated only when
 * its version is still the one read (optimistic locking); declared materials and the latest
 * corrections are small child lists rewritten with it; the steps are appended to
 * {@code pre_application_transition} by their own statement.
 */
@Component
@SecondaryAdapter
public class PreApplicationPersistenceAdapter implements PreApplicationRepository {

    private static final String RESOURCE = "pre-application";

    private static final String LIST_WHERE = """
             WHERE (CAST(:state AS varchar) IS NULL OR state = :state)
               AND (CAST(:department AS varchar) IS NULL OR department = :department)
               AND (CAST(:overdueOn AS date) IS NULL OR (state = 'PENDING_REVIEW' AND review_due < :overdueOn))
            """;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    public PreApplicationPersistenceAdapter(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PreApplication> findById(PreApplicationId id) {
        return jdbc.sql("SELECT * FROM pre_application WHERE id = :id").param("id", id.value())
                .query(this::restore).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PreApplication> findByReference(PreApplicationReference reference) {
        return jdbc.sql("SELECT * FROM pre_application WHERE reference = :reference")
                .param("reference", reference.value()).query(this::restore).optional();
    }

    @Override
    @Transactional
    public PreApplication save(PreApplication preApplication) {
        PreApplicationSnapshot s = preApplication.snapshot();
        if (s.version() == 0) {
            insert(s);
        } else {
            update(s);
            jdbc.sql("DELETE FROM pre_application_material WHERE pre_application_id = :id").param("id", s.id().value())
                    .update();
            jdbc.sql("DELETE FROM pre_application_correction WHERE pre_application_id = :id")
                    .param("id", s.id().value()).update();
        }
        for (String code : s.materials()) {
            jdbc.sql("INSERT INTO pre_application_material (pre_application_id, material_code) VALUES (:id, :code)")
                    .param("id", s.id().value()).param("code", code).update();
        }
        int position = 0;
        for (Correction c : s.corrections()) {
            jdbc.sql("""
                    INSERT INTO pre_application_correction (pre_application_id, position, material_code, what)
                    VALUES (:id, :position, :code, :what)
                    """).param("id", s.id().value()).param("position", ++position)
                    .param("code", c.materialCode()).param("what", c.what()).update();
        }
        appendTransitions(preApplication.pullTransitions());
        return findById(s.id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PreApplication> findAll(Optional<PreApplicationState> state, Optional<DepartmentCode> department,
            Optional<LocalDate> overdueOn, PageRequest page) {
        String stateName = state.map(Enum::name).orElse(null);
        String departmentCode = department.map(DepartmentCode::value).orElse(null);
        LocalDate day = overdueOn.orElse(null);
        long total = jdbc.sql("SELECT count(*) FROM pre_application" + LIST_WHERE).param("state", stateName)
                .param("department", departmentCode).param("overdueOn", day).query(Long.class).single();
        List<PreApplication> content = jdbc.sql("SELECT * FROM pre_application" + LIST_WHERE
                + " ORDER BY review_due, submitted_at, id LIMIT :limit OFFSET :offset")
                .param("state", stateName).param("department", departmentCode).param("overdueOn", day)
                .param("limit", page.size()).param("offset", page.offset()).query(this::restore).list();
        return Page.of(content, page, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PreApplicationTransition> history(PreApplicationId id) {
        return jdbc.sql("SELECT * FROM pre_application_transition WHERE pre_application_id = :id ORDER BY sequence")
                .param("id", id.value()).query(PreApplicationPersistenceAdapter::transition).list();
    }

    private void insert(PreApplicationSnapshot s) {
        try {
            bind(jdbc.sql("""
                    INSERT INTO pre_application (id, reference, item_code, item_version, department, applicant_name,
                        applicant_id_number, applicant_phone, note, state, round, submitted_at, submitted_on,
                        review_due, appointment_date, appointment_slot, appointment_window, case_id, case_number,
                        transition_count, version)
                    VALUES (:id, :reference, :itemCode, :itemVersion, :department, :applicantName,
                        :applicantIdNumber, :applicantPhone, :note, :state, :round, :submittedAt, :submittedOn,
                        :reviewDue, :appointmentDate, :appointmentSlot, :appointmentWindow, :caseId, :caseNumber,
                        :transitionCount, 1)
                    """), s).update();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentUpdate(RESOURCE, s.id().toString());
        }
    }

    private void update(PreApplicationSnapshot s) {
        int updated = bind(jdbc.sql("""
                UPDATE pre_application SET reference = :reference, item_code = :itemCode,
                    item_version = :itemVersion, department = :department, applicant_name = :applicantName,
                    applicant_id_number = :applicantIdNumber, applicant_phone = :applicantPhone, note = :note,
                    state = :state, round = :round, submitted_at = :submittedAt, submitted_on = :submittedOn,
                    review_due = :reviewDue, appointment_date = :appointmentDate,
                    appointment_slot = :appointmentSlot, appointment_window = :appointmentWindow,
                    case_id = :caseId, case_number = :caseNumber, transition_count = :transitionCount,
                    version = version + 1
                WHERE id = :id AND version = :version
                """), s).param("version", s.version()).update();
        if (updated != 1) {
            throw new ConcurrentUpdate(RESOURCE, s.id().toString());
        }
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, PreApplicationSnapshot s) {
        Appointment a = s.appointment();
        return sql.param("id", s.id().value())
                .param("reference", s.reference().value())
                .param("itemCode", s.itemCode().value())
                .param("itemVersion", s.itemVersion())
                .param("department", s.department().value())
                .param("applicantName", s.applicant().name().value())
                .param("applicantIdNumber", cipher.seal(s.applicant().idNumber().value()))
                .param("applicantPhone", cipher.seal(s.applicant().phone().value()))
                .param("note", s.note())
                .param("state", s.state().name())
                .param("round", s.round())
                .param("submittedAt", utc(s.submittedAt()))
                .param("submittedOn", s.submittedOn())
                .param("reviewDue", s.reviewDue())
                .param("appointmentDate", a == null ? null : a.date())
                .param("appointmentSlot", a == null ? null : a.timeSlot())
                .param("appointmentWindow", a == null ? null : a.window().value())
                .param("caseId", s.caseId() == null ? null : UUID.fromString(s.caseId()))
                .param("caseNumber", s.caseNumber())
                .param("transitionCount", s.transitionCount());
    }

    private void appendTransitions(List<PreApplicationTransition> transitions) {
        for (PreApplicationTransition t : transitions) {
            jdbc.sql("""
                    INSERT INTO pre_application_transition (pre_application_id, sequence, action, from_state,
                        to_state, actor, actor_department, acting_for, at, note)
                    VALUES (:id, :sequence, :action, :from, :to, :actor, :actorDepartment, :actingFor, :at, :note)
                    """)
                    .param("id", t.preApplicationId().value()).param("sequence", t.sequence())
                    .param("action", t.action().name()).param("from", t.from() == null ? null : t.from().name())
                    .param("to", t.to().name()).param("actor", t.actor()).param("actorDepartment", t.actorDepartment())
                    .param("actingFor", t.actingFor()).param("at", utc(t.at())).param("note", t.note())
                    .update();
        }
    }

    private PreApplication restore(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<String> materials = new HashSet<>(jdbc.sql(
                "SELECT material_code FROM pre_application_material WHERE pre_application_id = :id")
                .param("id", id).query(String.class).list());
        List<Correction> corrections = jdbc.sql("""
                SELECT material_code, what FROM pre_application_correction
                WHERE pre_application_id = :id ORDER BY position
                """).param("id", id).query((r, n) -> new Correction(r.getString("material_code"), r.getString("what")))
                .list();
        LocalDate appointmentDate = rs.getObject("appointment_date", LocalDate.class);
        Appointment appointment = appointmentDate == null ? null
                : new Appointment(appointmentDate, rs.getString("appointment_slot"),
                        new WindowCode(rs.getString("appointment_window")));
        UUID caseId = rs.getObject("case_id", UUID.class);
        return PreApplication.restore(new PreApplicationSnapshot(new PreApplicationId(id),
                new PreApplicationReference(rs.getString("reference")), new ApprovalItemCode(rs.getString("item_code")),
                rs.getInt("item_version"), new DepartmentCode(rs.getString("department")),
                new Applicant(new PersonName(rs.getString("applicant_name")),
                        new ResidentIdNumber(cipher.open(rs.getString("applicant_id_number"))),
                        new PhoneNumber(cipher.open(rs.getString("applicant_phone")))),
                materials, rs.getString("note"), PreApplicationState.valueOf(rs.getString("state")), rs.getInt("round"),
                instant(rs, "submitted_at"), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("review_due", LocalDate.class), corrections, appointment,
                caseId == null ? null : caseId.toString(), rs.getString("case_number"), rs.getInt("transition_count"),
                rs.getLong("version")));
    }

    private static PreApplicationTransition transition(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_state");
        return new PreApplicationTransition(new PreApplicationId(rs.getObject("pre_application_id", UUID.class)),
                rs.getInt("sequence"), PreApplicationAction.valueOf(rs.getString("action")),
                from == null ? null : PreApplicationState.valueOf(from),
                PreApplicationState.valueOf(rs.getString("to_state")), rs.getString("actor"),
                rs.getString("actor_department"), rs.getString("acting_for"), instant(rs, "at"), rs.getString("note"));
    }
}
