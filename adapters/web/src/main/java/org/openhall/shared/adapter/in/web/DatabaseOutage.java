package org.openhall.shared.adapter.in.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (restarting, network gone, pool
 * exhausted waiting for it) from a fault of the program: the first is answered 503 "try again in
 * a moment", since the connection pool reconnects by itself once the server is back.
 */
final class DatabaseOutage {

    /** Causes looked at before giving up: enough for any wrapping seen, bounded against cycles. */
    private static final int MAX_DEPTH = 16;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) or 57P01–57P03 (the server shut down or is starting). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
