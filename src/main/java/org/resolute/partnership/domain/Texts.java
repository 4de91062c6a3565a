package org.resolute.partnership.domain;

import org.resolute.kernel.InvalidInput;

/** Trimming and length checks of the partnership's free-text fields. */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field, String message, int maxLength) {
        String text = optional(value, field, maxLength);
        if (text.isEmpty()) {
            throw new InvalidInput(field, "partnership.error." + field, message);
        }
        return text;
    }

    static String optional(String value, String field, int maxLength) {
        String text = value == null ? "" : value.trim();
        if (text.length() > maxLength) {
            throw new InvalidInput(field, "partnership.error.length", field + " is longer than " + maxLength
                    + " characters", maxLength);
        }
        return text;
    }
}
