package org.resolute.governance.domain;

import java.util.List;

/**
 * Words for a reader that a module composes from its records: a message key and its arguments as values (days,
 * troops, codes, names), so the page words and formats them in the reader's language, while the API keeps its
 * English.
 */
public record Wording(String key, List<Object> arguments) {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(key, List.of(arguments));
    }

    /** Text kept as written (a title, a place, a summary): the same in every language. */
    public static Wording text(String text) {
        return of("governance.line.text", text == null ? "" : text);
    }
}
