package org.resolute.mission;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.Provenance;

/**
 * A limit on the number of troops, in force from a date until the next one of the same scope (or its own end),
 * with the decision or mandate behind it.
 *
 * @param nation ISO 3166 alpha-3 code for a national cap; empty for the mission ceiling
 * @param until the last day it is in force, when the decision set one
 * @param basis the decision or mandate that set it, in words
 */
public record TroopCeiling(UUID id, CeilingKind kind, Optional<String> nation, int troops, LocalDate from,
        Optional<LocalDate> until, String basis, Provenance provenance) {

    public boolean inForceOn(LocalDate date) {
        return !from.isAfter(date) && until.map(end -> !end.isBefore(date)).orElse(true);
    }
}
