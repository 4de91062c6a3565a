package org.resolute.force.domain;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A code as a refusal's argument: its display name in the reader's language ({@code code.CaveatKind.ALLOWED_REGIONS}),
 * so a French reader reads the rule's name, not the constant; the constant is the fallback.
 */
final class CodeName {

    private CodeName() {
    }

    static MessageSourceResolvable of(Enum<?> code) {
        return new DefaultMessageSourceResolvable(new String[] {"code." + code.getDeclaringClass().getSimpleName()
                + "." + code.name()}, code.name());
    }
}
