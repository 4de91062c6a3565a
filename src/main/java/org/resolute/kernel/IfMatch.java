package org.resolute.kernel;

/**
 * The rule of an update that needs the record's ETag in {@code If-Match}: without it the update is refused with a
 * 400 naming the header, so that no change made meanwhile is lost. The OpenAPI document marks If-Match required
 * exactly on the operations that call {@link #required}.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The header's value, or a 400 naming If-Match when it is missing; {@code record} says whose ETag it is. */
    public static String required(String ifMatch, String record) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new InvalidInput("If-Match", "Send the " + record + "'s ETag in If-Match, so that no change is lost");
        }
        return ifMatch;
    }
}
