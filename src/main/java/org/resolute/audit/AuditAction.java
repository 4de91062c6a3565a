package org.resolute.audit;

import java.util.Arrays;
import java.util.Locale;

import org.resolute.kernel.InvalidInput;
import org.springframework.modulith.NamedInterface;

/** What happened to a record. */
@NamedInterface("api")
public enum AuditAction {
    CREATED, UPDATED, DELETED;

    /** Reads a filter value such as "updated"; blank means no filter. */
    public static AuditAction parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(action -> action.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("action",
                        "action must be one of " + Arrays.toString(values()) + ", not '" + text.trim() + "'"));
    }
}
