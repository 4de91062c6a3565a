package org.resolute.kernel;

/**
 * A request sent under an Idempotency-Key that an earlier, different request used: answered 422 naming the key,
 * and nothing is written.
 */
public class IdempotencyKeyReused extends InvalidInput {

    public IdempotencyKeyReused(String key, String what) {
        super("Idempotency-Key", "the Idempotency-Key " + key + " was used for a different " + what
                + "; send a new key for a new request");
    }
}
