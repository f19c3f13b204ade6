package org.openhall.participation.adapter.out.persistence;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/**
 * Tells a write that failed because the aggregate moved on since it was read — an update that found
 * another version, or the insert of a "new" aggregate someone already stored — from any other failure.
 */
final class StaleWrites {

    private StaleWrites() {
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
