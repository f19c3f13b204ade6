package org.openhall.servicecase.adapter.out.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a case's rows as a hand-written service would: a new case is one insert of its row and
 * one batch per child table; a stored one is one {@code UPDATE … WHERE id = ? AND version = ?} of
 * its row and, per child table, only the inserts, updates and deletes of the rows that differ from
 * what the database holds (a step's completion updates that one {@code case_step} row; the
 * materials, which do not change after receipt, are not written again).
 */
@Component
class ServiceCaseWriter {

    /** The outcome of a guarded write: the version now stored, or that the write lost. */
    sealed interface Outcome {
    }

    record Stored(long version) implements Outcome {
    }

    /** Another transaction stored the case first: nothing was written. */
    record Stale() implements Outcome {
    }

    private static final String PRIMARY_KEY = "service_case_pkey";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final ServiceCaseLoader loader;

    ServiceCaseWriter(JdbcClient jdbc, JdbcTemplate batches, ServiceCaseLoader loader) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.loader = loader;
    }

    /** Stores a case never stored before, as version 1; {@link Stale} when its id is taken. */
    Outcome insert(ServiceCaseRow row) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", row.id());
        columns.put("version", 1L);
        columns.putAll(ServiceCaseColumns.of(row));
        try {
            jdbc.sql("INSERT INTO service_case (" + String.join(", ", columns.keySet()) + ") VALUES ("
                    + String.join(", ", columns.keySet().stream().map(c -> ":" + c).toList()) + ")")
                    .params(columns)
                    .update();
        } catch (DuplicateKeyException e) {
            if (violates(e, PRIMARY_KEY)) {
                return new Stale();
            }
            throw e;
        }
        for (CaseChildTable table : CaseChildTable.values()) {
            updateAndInsert(table, row.id(), ChildRowsDiff.allNew(table.rowsOf(row)));
        }
        return new Stored(1);
    }

    /**
     * Stores a change of a case read at {@code row.version()}; {@link Stale} when the database holds
     * another version by now, and then nothing is written.
     *
     * @param stored the case's rows as this transaction knows the database holds them at that
     *               version, or {@code null} to read them (once, after the case row is updated
     *               and locked, so that they cannot change any more)
     */
    Outcome update(ServiceCaseRow row, ServiceCaseRow stored) {
        Map<String, Object> columns = ServiceCaseColumns.of(row);
        int updated = jdbc.sql("UPDATE service_case SET version = version + 1, "
                        + String.join(", ", columns.keySet().stream().map(c -> c + " = :" + c).toList())
                        + " WHERE id = :id AND version = :version")
                .params(columns)
                .param("id", row.id())
                .param("version", row.version())
                .update();
        if (updated == 0) {
            return new Stale();
        }
        ServiceCaseRow before = stored != null ? stored
                : loader.byId(row.id()).orElseThrow(() -> new IllegalStateException("case " + row.id() + " vanished"));
        // Deletes first, the lines of a notice before the notice; then updates and inserts, a notice before its lines.
        CaseChildTable[] tables = CaseChildTable.values();
        ChildRowsDiff[] diffs = new ChildRowsDiff[tables.length];
        for (int i = 0; i < tables.length; i++) {
            diffs[i] = ChildRowsDiff.between(tables[i].rowsOf(before), tables[i].rowsOf(row));
        }
        for (int i = tables.length - 1; i >= 0; i--) {
            delete(tables[i], row.id(), diffs[i].deleted());
        }
        for (int i = 0; i < tables.length; i++) {
            updateAndInsert(tables[i], row.id(), diffs[i]);
        }
        return new Stored(row.version() + 1);
    }

    private void updateAndInsert(CaseChildTable table, UUID caseId, ChildRowsDiff diff) {
        if (!diff.updated().isEmpty()) {
            run(table.updateSql(), diff.updated().stream().map(r -> table.updateParameters(caseId, r)).toList());
        }
        if (!diff.inserted().isEmpty()) {
            run(table.insertSql(), diff.inserted().stream().map(r -> table.insertParameters(caseId, r)).toList());
        }
    }

    private void delete(CaseChildTable table, UUID caseId, List<ChildRow> deleted) {
        if (!deleted.isEmpty()) {
            run(table.deleteSql(), deleted.stream().map(r -> table.deleteParameters(caseId, r)).toList());
        }
    }

    /** One statement for one row, one batch for several. */
    private void run(String sql, List<Object[]> parameters) {
        if (parameters.size() == 1) {
            batches.update(sql, parameters.getFirst());
        } else {
            batches.batchUpdate(sql, parameters);
        }
    }

    private static boolean violates(DuplicateKeyException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
                return constraint.equals(p.getServerErrorMessage().getConstraint());
            }
        }
        return false;
    }
}
