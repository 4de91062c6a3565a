package org.resolute.kernel;

import java.math.BigDecimal;
import java.util.TreeSet;

/**
 * What a request asked for, as a SHA-256 over a canonical form: the operation, then each field by name in the
 * order the operation names them, text stripped, amounts without trailing zeros (so 100, 100.0 and 100.00 ask
 * the same), markings with their nations in order. Two requests with the same hash ask for the same record,
 * whatever record a first one wrote (its ids, its moment), which is what an Idempotency-Key replay is checked by.
 */
public final class RequestHash {

    private final StringBuilder canonical = new StringBuilder();

    private RequestHash(String operation) {
        field("operation", operation);
    }

    public static RequestHash of(String operation) {
        return new RequestHash(operation);
    }

    /** Adds a field; a missing value (null) is told apart from an empty one. */
    public RequestHash field(String name, Object value) {
        canonical.append(name);
        if (value == null) {
            canonical.append('!').append('\n');
            return this;
        }
        String text = canonical(value);
        canonical.append('=').append(text.length()).append(':').append(text).append('\n');
        return this;
    }

    /** The hash as 64 lower-case hex digits. */
    public String value() {
        return Sha256.hex(canonical.toString());
    }

    private static String canonical(Object value) {
        if (value instanceof String text) {
            return text.strip();
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Money money) {
            return canonical(money.amount()) + " " + money.currencyCode();
        }
        if (value instanceof Marking marking) {
            return marking.classification().name() + " " + String.join(",", new TreeSet<>(marking.releasableTo()));
        }
        if (value instanceof Provenance provenance) {
            return RequestHash.of("provenance").field("source", provenance.source())
                    .field("asOf", provenance.asOf()).field("status", provenance.status()).value();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
