package org.openhall.shared.adapter.out.persistence;

import java.sql.SQLException;

import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/**
 * Stores an aggregate's versioned row (Spring Data JDBC {@code @Version}): a new aggregate is
 * inserted, a loaded one updated against the version it was read with. A write that lost against
 * a concurrent one — an update that found another version, or the insert of a "new" aggregate
 * somebody already stored under the same key — becomes {@link ConcurrentUpdate} (409), never a
 * silent overwrite; any other failure passes through unchanged.
 */
public final class VersionedRows {

    private VersionedRows() {
    }

    /**
     * Inserts {@code row} when {@code isNew}, else updates it, and returns the stored row.
     *
     * @param primaryKey the name of the table's primary-key constraint, e.g. {@code hearing_pkey}
     * @param resource   the resource named in the 409, e.g. {@code hearing}
     * @param id         the aggregate's id, for the 409
     * @throws ConcurrentUpdate when the write lost against a concurrent one
     */
    public static <R> R store(JdbcAggregateOperations aggregates, R row, boolean isNew, String primaryKey,
            String resource, String id) {
        try {
            return isNew ? aggregates.insert(row) : aggregates.update(row);
        } catch (RuntimeException e) {
            if (isStale(e, primaryKey)) {
                throw new ConcurrentUpdate(resource, id);
            }
            throw e;
        }
    }

    /** Whether {@code failure} is a lost optimistic lock, or a duplicate of {@code primaryKey}. */
    static boolean isStale(Throwable failure, String primaryKey) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return true;
            }
            if (t instanceof DuplicateKeyException && violates(t, primaryKey)) {
                return true;
            }
            if (!(t instanceof DbActionExecutionException) && !(t instanceof DuplicateKeyException)) {
                return false;
            }
        }
        return false;
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
                return constraint.equals(p.getServerErrorMessage().getConstraint());
            }
            if (t instanceof SQLException s && s.getNextException() instanceof PSQLException next
                    && next.getServerErrorMessage() != null) {
                return constraint.equals(next.getServerErrorMessage().getConstraint());
            }
        }
        return false;
    }
}
