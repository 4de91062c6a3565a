package org.resolute.advising.web;

import java.util.Arrays;
import java.util.List;

import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.EngagementInput;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.domain.EngagementSearch;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.web.FormValues;

/** The engagement report form as the browser sends it; people are typed one per line. */
record EngagementForm(String title, String command, String institution, String date, String durationMinutes,
        String place, String held, String mode, String atmosphere, String keyOutcomes, String nextSteps,
        String details, String advisorNation, List<String> areas, List<String> pillars, String advisors,
        String counterparts, String classification, String releasableTo, String version) {

    EngagementForm {
        areas = areas == null ? List.of() : areas;
        pillars = pillars == null ? List.of() : pillars;
    }

    static EngagementForm empty() {
        return new EngagementForm("", "", "", "", "60", "", "true", "PERSISTENT", "", "", "", "", "", List.of(),
                List.of(), "", "", "MISSION", "", "");
    }

    static EngagementForm of(Engagement e) {
        return new EngagementForm(e.title(), e.command(), e.institution(), e.date().toString(),
                Integer.toString(e.durationMinutes()), e.place(), Boolean.toString(e.held()), e.mode().name(),
                e.atmosphere() == null ? "" : e.atmosphere().name(), e.keyOutcomes(), e.nextSteps(), e.details(),
                e.advisorNation(), e.areas(), e.pillars(), String.join("\n", e.advisors()),
                String.join("\n", e.counterparts()), e.marking().classification().name(),
                e.marking().releasabilityText(), Long.toString(e.version()));
    }

    EngagementInput toInput() {
        int minutes;
        try {
            minutes = Integer.parseInt(durationMinutes == null ? "" : durationMinutes.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("durationMinutes", "advising.error.duration",
                    "duration must be a whole number of minutes",
                    EngagementInput.LONGEST_MINUTES);
        }
        return new EngagementInput(title, command, institution, EngagementSearch.date("date", date), minutes, place,
                !"false".equals(held), FormValues.choice("mode", mode, EngagementMode.class),
                FormValues.choice("atmosphere", atmosphere, Atmosphere.class), keyOutcomes, nextSteps, details,
                advisorNation, areas, pillars, lines(advisors), lines(counterparts),
                Marking.typed(classification, releasableTo).orElse(Marking.MISSION));
    }

    Long versionNumber() {
        try {
            return version == null || version.isBlank() ? null : Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "error.wholeNumber", "version must be a number");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }
}
