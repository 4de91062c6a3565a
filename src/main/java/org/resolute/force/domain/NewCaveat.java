package org.resolute.force.domain;

import java.util.List;
import java.util.Locale;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.kernel.CodeName;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A national caveat to record. A listed kind needs values and no limit; a numeric kind a limit above 0 and no
 * values. Regions and locations are checked against the mission's posture when it is recorded.
 */
public record NewCaveat(String code, String nation, CaveatKind kind, List<String> values, Integer limit,
        String description, Marking marking, Provenance provenance) {

    public NewCaveat {
        code = Assignment.required("code", code).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{1,20}")) {
            throw new InvalidInput("code", "force.error.caveatCode",
                    "code '" + code + "' must be 1 to 20 letters, digits or '-', e.g. C-DEU-1", code);
        }
        nation = Assignment.required("nation", nation).toUpperCase(Locale.ROOT);
        if (kind == null) {
            throw new InvalidInput("kind", "force.error.caveatKind", "kind is required");
        }
        values = values == null ? List.of()
                : values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
        if (kind.listed() && values.isEmpty()) {
            throw new InvalidInput("values", "force.error.valuesNeeded", kind + " needs at least one value",
                    CodeName.of(kind));
        }
        if (!kind.listed() && !values.isEmpty()) {
            throw new InvalidInput("values", "force.error.valuesNotTaken", kind + " takes a limit, not values",
                    CodeName.of(kind));
        }
        if (!kind.listed() && (limit == null || limit <= 0)) {
            throw new InvalidInput("limit", "force.error.limitNeeded", kind + " needs a limit above 0",
                    CodeName.of(kind));
        }
        if (kind.listed() && limit != null) {
            throw new InvalidInput("limit", "force.error.limitNotTaken", kind + " takes values, not a limit",
                    CodeName.of(kind));
        }
        description = Assignment.required("description", description);
        marking = marking == null ? Marking.MISSION : marking;
        if (provenance == null) {
            throw new InvalidInput("provenance", "force.error.caveatSource", "a caveat needs its source");
        }
    }
}
