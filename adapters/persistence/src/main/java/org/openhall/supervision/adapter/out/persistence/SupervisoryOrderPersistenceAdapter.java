package org.openhall.supervision.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.supervision.application.port.out.SupervisoryOrderRepository;
import org.openhall.supervision.domain.OrderStatus;
import org.openhall.supervision.domain.SupervisoryOrder;
import org.openhall.supervision.domain.SupervisoryOrderSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Supervisory orders in {@code supervision_order}, versioned so that two replies at once store one. */
@Component
@SecondaryAdapter
public class SupervisoryOrderPersistenceAdapter implements SupervisoryOrderRepository {

    private final JdbcClient jdbc;

    public SupervisoryOrderPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void add(SupervisoryOrder order) {
        SupervisoryOrderSnapshot o = order.snapshot();
        jdbc.sql("""
                INSERT INTO supervision_order (id, department, case_id, warning_id, instruction, issued_by, issued_on,
                    reply_due_on, status, version)
                VALUES (:id, :department, :caseId, :warningId, :instruction, :issuedBy, :issuedOn, :replyDueOn,
                    :status, 0)""")
                .param("id", UUID.fromString(o.id())).param("department", o.department()).param("caseId", o.caseId())
                .param("warningId", o.warningId() == null ? null : UUID.fromString(o.warningId()))
                .param("instruction", o.instruction()).param("issuedBy", o.issuedBy()).param("issuedOn", o.issuedOn())
                .param("replyDueOn", o.replyDueOn()).param("status", o.status().name()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SupervisoryOrder> find(String id) {
        return WarningPersistenceAdapter.uuid(id).flatMap(uuid -> jdbc.sql("SELECT * FROM supervision_order WHERE id = :id")
                .param("id", uuid).query(SupervisoryOrderPersistenceAdapter::order).optional());
    }

    @Override
    @Transactional
    public void update(SupervisoryOrder order) {
        SupervisoryOrderSnapshot o = order.snapshot();
        int updated = jdbc.sql("""
                UPDATE supervision_order SET status = :status, reply = :reply, replied_by = :repliedBy,
                    replied_on = :repliedOn, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", o.status().name()).param("reply", o.reply()).param("repliedBy", o.repliedBy())
                .param("repliedOn", o.repliedOn()).param("id", UUID.fromString(o.id())).param("version", o.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentUpdate("order", o.id());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<SupervisoryOrder> list(Optional<String> department) {
        return jdbc.sql("SELECT * FROM supervision_order WHERE (CAST(:department AS varchar) IS NULL OR department = :department)"
                + " ORDER BY issued_on DESC, id").param("department", department.orElse(null))
                .query(SupervisoryOrderPersistenceAdapter::order).list();
    }

    private static SupervisoryOrder order(ResultSet rs, int rowNum) throws SQLException {
        return SupervisoryOrder.restore(new SupervisoryOrderSnapshot(rs.getString("id"), rs.getString("department"),
                rs.getString("case_id"), rs.getString("warning_id"), rs.getString("instruction"),
                rs.getString("issued_by"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("reply_due_on", LocalDate.class), OrderStatus.valueOf(rs.getString("status")),
                rs.getString("reply"), rs.getString("replied_by"), rs.getObject("replied_on", LocalDate.class),
                rs.getLong("version")));
    }
}
