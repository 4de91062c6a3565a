package org.resolute.force.api;

import java.time.Clock;
import java.util.List;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.force.CaveatKind;
import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewCaveat;
import org.resolute.kernel.Marking;
import org.resolute.reference.NationCode;
import org.resolute.reference.NationCodes;

/**
 * A national caveat to record.
 *
 * @param values regions, location codes or activity names, for ALLOWED_REGIONS, ALLOWED_LOCATIONS and
 *     EXCLUDED_ACTIVITIES
 * @param limit the number, for MAX_TROOPS_PER_LOCATION and MAX_DURATION_DAYS
 */
record CaveatRequest(@Size(max = 20) String code, @NationCode String nation, CaveatKind kind,
        @Size(max = 9) List<@Size(max = 40) String> values, @PositiveOrZero Integer limit,
        @Size(max = 400) String description,
        @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo,
        @Size(max = 200) String source) {

    NewCaveat toNew(Clock clock) {
        return new NewCaveat(code, nation, kind, values, limit, description,
                Marking.typed(classification, releasableTo).orElse(Marking.MISSION),
                EnteredBy.provenance(source, clock));
    }
}
