package org.resolute.kernel;

/**
 * The rules every operation that takes an Idempotency-Key follows: the key is required and short enough to be
 * stored with the prefix of its operation, and a key already used answers its first record only to a request that
 * asks the same (by {@link RequestHash}); a different request under it is refused with 422 naming the key.
 */
public final class IdempotencyKeys {

    /** Leaves room for an operation's prefix ("receipt:", "iati:KEY:n") within the 200 characters stored. */
    public static final int MAX_LENGTH = 160;

    private IdempotencyKeys() {
    }

    /** The key, or a 400 naming the Idempotency-Key when it is missing or too long. */
    public static String required(String key, String operation) {
        if (key == null || key.isBlank()) {
            throw new InvalidInput("Idempotency-Key", operation + " needs an Idempotency-Key");
        }
        if (key.length() > MAX_LENGTH) {
            throw new InvalidInput("Idempotency-Key", "the Idempotency-Key is longer than " + MAX_LENGTH
                    + " characters");
        }
        return key;
    }

    /**
     * Refuses a request whose hash differs from the one stored under its key. A key stored before its request's
     * hash was kept (a null stored hash) is answered as a replay, as it was then.
     */
    public static void sameRequest(String key, String what, String storedHash, String askedHash) {
        if (storedHash != null && !storedHash.equals(askedHash)) {
            throw new IdempotencyKeyReused(key, what);
        }
    }
}
