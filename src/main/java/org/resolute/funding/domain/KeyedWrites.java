package org.resolute.funding.domain;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RequestInProgress;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way funding runs an operation sent with an Idempotency-Key (a posting, a reversal, a receipt, a
 * movement, an IATI import). The hash of what was asked is compared with the one stored under the key: the same
 * answers the first record (a replay), a different one is refused with 422. A new key is written in a transaction
 * of its own, which stores the hash with the key; of concurrent requests under one key the key's unique constraint
 * lets one in, and each other one, rolled back, is compared and answered like a replay once the first has
 * committed (409, to be retried, if it has not yet).
 */
@Component
class KeyedWrites {

    private final TransactionTemplate transaction;

    KeyedWrites(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records a request's record once under the Idempotency-Key it was sent with (a receipt, a movement): the key
     * is required, and stored prefixed with what it records ({@code "receipt:"}), so that the same key sent for
     * two kinds of record never meets itself; a replay answers the record the key wrote.
     *
     * @param recordUnder the record written under a (prefixed) key, if the viewer may see it
     * @param write writes the record under the prefixed key
     */
    <T> Recorded<T> onceUnder(String idempotencyKey, String what, String requestHash,
            Function<String, Optional<Stored>> hashUnder, Function<String, Optional<T>> recordUnder,
            Function<String, T> write) {
        String key = what + ":" + IdempotencyKeys.required(idempotencyKey, "recording a " + what);
        return once(key, what, requestHash, hashUnder, used -> recordUnder.apply(used)
                .orElseThrow(() -> new NotFound("the " + what + " recorded under this Idempotency-Key")),
                () -> write.apply(key));
    }

    /**
     * @param what what the key stands for, for messages ("receipt")
     * @param hashUnder the request hash stored under a key, if the key was used (a stored null: used before hashes
     *        were kept)
     * @param recordUnder the record a used key wrote
     */
    <T> Recorded<T> once(String key, String what, String requestHash, Function<String, Optional<Stored>> hashUnder,
            Function<String, T> recordUnder, Supplier<T> write) {
        Optional<Stored> used = hashUnder.apply(key);
        if (used.isPresent()) {
            return replay(key, what, requestHash, used.get(), recordUnder);
        }
        try {
            return new Recorded<>(transaction.execute(status -> write.get()), false);
        } catch (DuplicateKeyException | ConcurrencyFailureException raced) {
            return hashUnder.apply(key).map(first -> replay(key, what, requestHash, first, recordUnder))
                    .orElseThrow(() -> new RequestInProgress(what));
        }
    }

    private static <T> Recorded<T> replay(String key, String what, String requestHash, Stored used,
            Function<String, T> recordUnder) {
        IdempotencyKeys.sameRequest(key, what, used.requestHash(), requestHash);
        return new Recorded<>(recordUnder.apply(key), true);
    }

    /** A key found stored, with the hash of the request that used it (null when stored before hashes were kept). */
    record Stored(String requestHash) {
    }
}
