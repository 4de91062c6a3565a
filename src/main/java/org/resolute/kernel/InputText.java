package org.resolute.kernel;

/**
 * A free text a user typed, checked the one way every module checks it: trimmed (none reads as empty), refused
 * on its field when longer than the module allows, and, where it is required, refused when empty. The module
 * names the message keys, so the refusal is worded in its own bundle; the longest length is the message's
 * argument.
 */
public final class InputText {

    private InputText() {
    }

    /** The trimmed text, empty for none; {@link InvalidInput} on the field, under {@code tooLongKey}, if too long. */
    public static String optional(String value, String field, int maxLength, String tooLongKey) {
        String text = value == null ? "" : value.trim();
        if (text.length() > maxLength) {
            throw new InvalidInput(field, tooLongKey, field + " is longer than " + maxLength + " characters",
                    maxLength);
        }
        return text;
    }

    /** As {@link #optional}, and refused on the field, under {@code missingKey}, when empty. */
    public static String required(String value, String field, int maxLength, String tooLongKey, String missingKey,
            String missingMessage) {
        String text = optional(value, field, maxLength, tooLongKey);
        if (text.isEmpty()) {
            throw new InvalidInput(field, missingKey, missingMessage);
        }
        return text;
    }
}
