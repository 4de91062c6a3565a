package org.resolute.mission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A limit on the number of troops, in force from a date until the next one of the same scope (or its own end),
 * with the decision or mandate behind it.
 *
 * @param nation ISO 3166 alpha-3 code for a national cap; empty for the mission ceiling
 * @param until the last day it is in force, when the decision set one
 * @param basis the decision or mandate that set it, in words
 * @param decisionRef a reference to that decision (a meeting, a communiqué, later a governance decision id)
 */
@NamedInterface("api")
public record TroopCeiling(UUID id, CeilingKind kind, Optional<String> nation, int troops, LocalDate from,
        Optional<LocalDate> until, String basis, Provenance provenance, Optional<String> decisionRef) {

    /** A ceiling whose decision is known only by its basis, in words. */
    public TroopCeiling(UUID id, CeilingKind kind, Optional<String> nation, int troops, LocalDate from,
            Optional<LocalDate> until, String basis, Provenance provenance) {
        this(id, kind, nation, troops, from, until, basis, provenance, Optional.empty());
    }

    public TroopCeiling {
        decisionRef = decisionRef == null ? Optional.empty() : decisionRef.filter(text -> !text.isBlank());
    }

    public boolean inForceOn(LocalDate date) {
        return !from.isAfter(date) && until.map(end -> !end.isBefore(date)).orElse(true);
    }

    /** The scope the ceiling limits: the mission, or one nation's contingent. */
    public String scope() {
        return kind.name() + ":" + nation.orElse("");
    }
}
