package org.openhall.supervision.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.supervision.application.port.out.AccountabilityRepository;
import org.openhall.supervision.domain.AccountabilityRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accountability records in {@code supervision_accountability}: inserted, never changed. */
@Component
@SecondaryAdapter
public class AccountabilityPersistenceAdapter implements AccountabilityRepository {

    private final JdbcClient jdbc;

    public AccountabilityPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(AccountabilityRecord r) {
        jdbc.sql("""
                INSERT INTO supervision_accountability (id, warning_id, case_id, department, staff, measure, reasons,
                    recorded_by, recorded_on)
                VALUES (:id, :warningId, :caseId, :department, string_to_array(:staff, ','), :measure, :reasons,
                    :recordedBy, :recordedOn)""")
                .param("id", UUID.fromString(r.id())).param("warningId", UUID.fromString(r.warningId()))
                .param("caseId", r.caseId()).param("department", r.department())
                .param("staff", String.join(",", r.staff())).param("measure", r.measure())
                .param("reasons", r.reasons()).param("recordedBy", r.recordedBy()).param("recordedOn", r.recordedOn())
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountabilityRecord> list(Optional<String> department) {
        return jdbc.sql("SELECT * FROM supervision_accountability"
                + " WHERE (CAST(:department AS varchar) IS NULL OR department = :department) ORDER BY recorded_seq DESC")
                .param("department", department.orElse(null))
                .query(AccountabilityPersistenceAdapter::record).list();
    }

    private static AccountabilityRecord record(ResultSet rs, int rowNum) throws SQLException {
        Array staff = rs.getArray("staff");
        return new AccountabilityRecord(rs.getString("id"), rs.getString("warning_id"), rs.getString("case_id"),
                rs.getString("department"), List.of((String[]) staff.getArray()), rs.getString("measure"),
                rs.getString("reasons"), rs.getString("recorded_by"), rs.getObject("recorded_on", LocalDate.class));
    }
}
