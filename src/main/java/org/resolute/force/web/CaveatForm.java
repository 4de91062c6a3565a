package org.resolute.force.web;

import java.time.Clock;
import java.util.Arrays;

import org.resolute.force.CaveatKind;
import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewCaveat;
import org.resolute.kernel.Marking;
import org.resolute.kernel.web.FormValues;

/** The new-caveat form as typed; values are separated by commas or semicolons. */
record CaveatForm(String code, String nation, String kind, String values, String limit, String description,
        String classification, String releasableTo, String source) {

    static CaveatForm empty() {
        return new CaveatForm("", "", "", "", "", "", "MISSION", "", "");
    }

    NewCaveat toNew(Clock clock) {
        return new NewCaveat(code, nation, FormValues.choice("kind", kind, CaveatKind.class),
                values == null ? null : Arrays.asList(values.split("[,;]")), FormValues.number("limit", limit),
                description, Marking.typed(classification, releasableTo).orElse(Marking.MISSION),
                EnteredBy.provenance(source, clock));
    }
}
