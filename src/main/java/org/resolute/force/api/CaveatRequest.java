package org.resolute.force.api;

import java.util.List;

import org.resolute.force.CaveatKind;
import org.resolute.force.MarkingInput;
import org.resolute.force.NewCaveat;

/**
 * A national caveat to record.
 *
 * @param values regions, location codes or activity names, for ALLOWED_REGIONS, ALLOWED_LOCATIONS and
 *     EXCLUDED_ACTIVITIES
 * @param limit the number, for MAX_TROOPS_PER_LOCATION and MAX_DURATION_DAYS
 */
record CaveatRequest(String code, String nation, CaveatKind kind, List<String> values, Integer limit,
        String description, String classification, String releasableTo, String source) {

    NewCaveat toNew(java.time.Clock clock) {
        return new NewCaveat(code, nation, kind, values, limit, description,
                MarkingInput.parse(classification, releasableTo), org.resolute.force.EnteredBy.provenance(source, clock));
    }
}
