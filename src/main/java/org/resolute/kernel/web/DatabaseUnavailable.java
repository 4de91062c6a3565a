package org.resolute.kernel.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a client is told while the database cannot be reached: how long to wait before trying again. A failover
 * to the replica or a restart of the database takes seconds (docs/operations.md measures it), so a few seconds'
 * wait is enough for most retries to find it back.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** Whether a failure, or one of its causes, is the database out of reach rather than a fault of ours. */
    static boolean isCause(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }
}
