package org.resolute.kernel;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a code's display name is kept: {@code code.<Type>.<NAME>} ({@code code.CaveatKind.ALLOWED_REGIONS}, a nested
 * type as {@code code.Outer.Inner.NAME}). Pages name a code through {@code Formats.name}; a refusal made where the
 * reader's language is not known carries {@link #of} as its argument, so the reader reads the name, not the
 * constant, which is the fallback.
 */
public final class CodeName {

    private CodeName() {
    }

    /** The code's display name, resolved later in the reader's language. */
    public static MessageSourceResolvable of(Enum<?> code) {
        return new DefaultMessageSourceResolvable(new String[] {key(type(code.getDeclaringClass()), code.name())},
                code.name());
    }

    /** The message key of a code held as text, such as a stored kind: {@code key("Role", "ADMIN")}. */
    public static String key(String type, String code) {
        return "code." + type + "." + code;
    }

    /** A code type's name in its keys: its simple name, after its enclosing types'. */
    public static String type(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? type.getSimpleName() : type(enclosing) + "." + type.getSimpleName();
    }
}
