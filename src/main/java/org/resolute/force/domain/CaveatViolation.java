package org.resolute.force.domain;

import java.util.UUID;

import org.resolute.force.CaveatKind;

/**
 * An assignment that breaks a national caveat.
 *
 * @param field the part of the assignment at fault: location, activity, quantity or until
 * @param message the rule in words, naming the caveat, and what breaks it, e.g. "Germany: forces may serve only
 *     in regions North, Capital (caveat C-DEU-1): KANDAHAR is in region South"
 */
public record CaveatViolation(UUID caveatId, String code, String nation, CaveatKind kind, String field,
        String message) {
}
