package org.resolute.kernel.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach the database (a connection lost, refused or not given by the pool in time, the server
 * shutting down) from any other failure. A request that failed so may or may not have been committed (a commit whose
 * answer was lost with the connection), so it is answered 503 with {@code Retry-After}, never a 500 saying that
 * nothing was saved: the client sends it again, under the same {@code Idempotency-Key} where it has one, and learns
 * which. Found by the failover drill ({@code ops/drills/failover.sh}), where the requests in flight when the primary
 * stopped were answered 500.
 */
final class DatabaseUnreachable {

    static final String RETRY_AFTER_SECONDS = "1";
    static final String DETAIL = "The database could not be reached, so this request may or may not have been saved; "
            + "send it again in a moment (with the same Idempotency-Key) to find out";

    private DatabaseUnreachable() {
    }

    /**
     * Whether the failure, or any of its causes, is a failure to reach the database. A commit or rollback that the
     * database did not carry out ({@link TransactionSystemException}, e.g. "JDBC rollback failed" on a connection the
     * pool had already closed after a lost one, the commit's own failure only logged) leaves the outcome unknown
     * just the same.
     */
    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof TransactionSystemException
                    || lostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of class 08 (connection exception) and 57P01-57P03 (server shutting down or starting). */
    private static boolean lostConnection(Throwable cause) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
