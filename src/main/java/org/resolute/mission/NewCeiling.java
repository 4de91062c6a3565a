package org.resolute.mission;

import java.time.LocalDate;

import org.resolute.kernel.ProvenanceStatus;
import org.springframework.modulith.NamedInterface;

/**
 * A troop ceiling to record, as a planner or a decision gives it. {@link TroopCeilings#record(NewCeiling)} checks
 * it and names the field that fails.
 *
 * @param nation ISO 3166 alpha-3 code; required for a national cap, empty for the mission ceiling
 * @param until the last day in force; null when the decision sets no end
 * @param basis the decision or mandate that set it, in words
 * @param decisionRef a reference to that decision (a meeting, a communiqué, a decision id); may be null
 * @param source the source id (S01 ...) or a citation that states the figure
 * @param asOf the date the source states the figure for; may be null
 * @param status how far the figure can be taken at its word
 */
@NamedInterface("api")
public record NewCeiling(CeilingKind kind, String nation, Integer troops, LocalDate from, LocalDate until,
        String basis, String decisionRef, String source, LocalDate asOf, ProvenanceStatus status) {
}
