package org.resolute.mission.api;

import java.time.LocalDate;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.kernel.ProvenanceStatus;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;
import org.resolute.reference.NationCode;

/**
 * A troop ceiling to record.
 *
 * @param nation ISO 3166 alpha-3 code; required for NATIONAL_CAP, omitted for MISSION
 * @param until the last day in force; omit when the decision sets no end
 * @param decisionRef a reference to the decision that set it (optional)
 * @param source the source id (S01 ...) or a citation stating the figure
 * @param asOf the date the source states the figure for (optional)
 * @param status how far the figure can be taken at its word
 */
record CeilingRequest(CeilingKind kind, @NationCode String nation, @PositiveOrZero Integer troops, LocalDate from,
        LocalDate until, @Size(max = 400) String basis, @Size(max = 120) String decisionRef,
        @Size(max = 200) String source, LocalDate asOf, ProvenanceStatus status) {

    NewCeiling toNewCeiling() {
        return new NewCeiling(kind, nation, troops, from, until, basis, decisionRef, source, asOf, status);
    }
}
