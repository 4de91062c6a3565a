package org.resolute.force.web;

import java.time.Clock;

import org.resolute.force.Activity;
import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewRequirement;
import org.resolute.kernel.Marking;
import org.resolute.kernel.web.FormValues;

/** The new-requirement form as typed. */
record RequirementForm(String reference, String capability, String activity, String quantity, String command,
        String location, String from, String until, String priority, String classification, String releasableTo,
        String source) {

    static RequirementForm empty() {
        return new RequirementForm("", "", "", "", "", "", "", "", "3", "MISSION", "", "");
    }

    NewRequirement toNew(Clock clock) {
        return new NewRequirement(reference, capability, FormValues.choice("activity", activity, Activity.class),
                FormValues.number("quantity", quantity), command, location, FormValues.date("from", from),
                FormValues.date("until", until), FormValues.number("priority", priority),
                Marking.typed(classification, releasableTo).orElse(Marking.MISSION),
                EnteredBy.provenance(source, clock));
    }
}
