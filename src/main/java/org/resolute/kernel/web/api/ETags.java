package org.resolute.kernel.web.api;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;
import org.springframework.http.ETag;

/**
 * A record's version as the API answers it (its ETag, the version quoted) and reads it back from an If-Match
 * header, the one way for every record updated under optimistic locking. Whether If-Match is required stays with
 * the handler ({@code IfMatch.required}), where the OpenAPI document reads it.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version If-Match names; null when it is absent; a 400 naming If-Match when it is not one of ours. */
    public static @Nullable Long version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(ETag.create(ifMatch.trim()).tag());
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "If-Match must be the ETag this API answered with");
        }
    }
}
