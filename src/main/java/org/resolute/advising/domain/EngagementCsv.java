package org.resolute.advising.domain;

import java.io.StringWriter;
import java.util.List;

import org.resolute.kernel.csv.CsvWriter;

/** Engagements as CSV (RFC 4180), one line each, with provenance and marking. */
final class EngagementCsv {

    private EngagementCsv() {
    }

    static String write(List<Engagement> engagements) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).line("id", "date", "title", "command", "institution", "status", "held",
                "mode", "atmosphere", "duration_minutes", "place", "advisor_nation", "functional_areas", "pillars",
                "advisors", "counterparts", "key_outcomes", "next_steps", "author", "provenance_status",
                "classification", "releasable_to");
        for (Engagement e : engagements) {
            csv.line(e.id().toString(), e.date().toString(), e.title(), e.command(), e.institution(),
                    e.status().name(), Boolean.toString(e.held()), e.mode().name(),
                    e.atmosphere() == null ? "" : e.atmosphere().name(), Integer.toString(e.durationMinutes()),
                    e.place(), e.advisorNation(), String.join(";", e.areas()), String.join(";", e.pillars()),
                    String.join(";", e.advisors()), String.join(";", e.counterparts()), e.keyOutcomes(),
                    e.nextSteps(), e.author(), e.provenance().status().name(), e.marking().classification().name(),
                    e.marking().releasabilityText());
        }
        return out.toString();
    }
}
