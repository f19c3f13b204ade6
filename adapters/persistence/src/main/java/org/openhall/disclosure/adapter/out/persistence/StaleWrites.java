package org.openhall.disclosure.adapter.out.persistence;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Tells a write that lost against a concurrent one from any other failure. */
final class StaleWrites {

    private StaleWrites() {
    }

    /** An update that found the version moved on, or an insert of a "new" row somebody already stored. */
    static boolean isStale(Throwable e, String primaryKey) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return true;
            }
            if (t instanceof DuplicateKeyException && violates(t, primaryKey)) {
                return true;
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
