package org.resolute.mission.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.mission.TroopCeiling;

/**
 * A troop ceiling.
 *
 * @param kind MISSION or NATIONAL_CAP
 * @param nation ISO 3166 alpha-3 code of a national cap; null for the mission ceiling
 * @param until the last day in force; null when the decision set no end (it then lasts until the next ceiling
 *        of the same scope)
 * @param basis the decision or mandate that set it
 * @param decisionRef a reference to that decision; null when none is recorded
 */
record CeilingResponse(UUID id, String kind, @Nullable String nation, int troops, LocalDate from, @Nullable LocalDate until,
        String basis, String decisionRef, ProvenanceResponse provenance) {

    static CeilingResponse of(TroopCeiling ceiling) {
        return new CeilingResponse(ceiling.id(), ceiling.kind().name(), ceiling.nation().orElse(null),
                ceiling.troops(), ceiling.from(), ceiling.until().orElse(null), ceiling.basis(),
                ceiling.decisionRef().orElse(null), ProvenanceResponse.of(ceiling.provenance()));
    }
}
