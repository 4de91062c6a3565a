package org.resolute.kernel;

/**
 * A request whose Idempotency-Key an identical request is still writing under: answered 409, to be sent again,
 * when it will answer the first request's record.
 */
public class RequestInProgress extends RuntimeException {

    public RequestInProgress(String what) {
        super("a request with this Idempotency-Key is in progress (" + what + "); retry to get its result");
    }
}
