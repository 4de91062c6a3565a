package org.resolute.mission.web;

import java.util.Objects;

import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.web.FormValues;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.NewCeiling;

/**
 * The form a force planner fills in to record a troop ceiling; dates and numbers arrive as typed. A field not sent
 * reads as empty, the kind as a mission ceiling and the status as exact, as on the form first shown.
 */
public record CeilingForm(String kind, String nation, String troops, String from, String until, String basis,
        String decisionRef, String source, String asOf, String status) {

    public CeilingForm {
        kind = kind == null ? CeilingKind.MISSION.name() : kind;
        status = status == null ? ProvenanceStatus.EXACT.name() : status;
    }

    /** The form as first shown. */
    static CeilingForm empty() {
        return new CeilingForm(CeilingKind.MISSION.name(), "", "", "", "", "", "", "", "",
                ProvenanceStatus.EXACT.name());
    }

    NewCeiling toNewCeiling() {
        return new NewCeiling(FormValues.choice("kind", kind, CeilingKind.class), Objects.toString(nation, ""),
                FormValues.number("troops", troops), FormValues.date("from", from), FormValues.date("until", until),
                Objects.toString(basis, ""), Objects.toString(decisionRef, ""), Objects.toString(source, ""),
                FormValues.date("asOf", asOf), FormValues.choice("status", status, ProvenanceStatus.class));
    }
}
