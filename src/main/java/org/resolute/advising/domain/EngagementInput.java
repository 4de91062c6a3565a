package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.advising.EngagementMode;
import org.resolute.kernel.Marking;

/**
 * What an advisor writes in an engagement report, as entered: codes for command, institution, functional areas
 * and pillars; names for the place and the people present (a name not yet known is taken as provisional).
 *
 * @param held false for an engagement still planned
 * @param atmosphere null until the engagement is held
 */
public record EngagementInput(String title, String command, String institution, LocalDate date,
        int durationMinutes, String place, boolean held, EngagementMode mode, Atmosphere atmosphere,
        String keyOutcomes, String nextSteps, String details, String advisorNation, List<String> areas,
        List<String> pillars, List<String> advisors, List<String> counterparts, Marking marking) {

    /** The longest engagement a report may record: a day. */
    public static final int LONGEST_MINUTES = 24 * 60;

    public EngagementInput {
        title = trim(title);
        command = trim(command).toUpperCase(Locale.ROOT);
        institution = trim(institution).toUpperCase(Locale.ROOT);
        place = trim(place);
        keyOutcomes = trim(keyOutcomes);
        nextSteps = trim(nextSteps);
        details = trim(details);
        advisorNation = trim(advisorNation).toUpperCase(Locale.ROOT);
        areas = clean(areas, true);
        pillars = clean(pillars, true);
        advisors = clean(advisors, false);
        counterparts = clean(counterparts, false);
        marking = marking == null ? Marking.MISSION : marking;
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    private static List<String> clean(List<String> values, boolean codes) {
        return values == null ? List.of() : values.stream().map(EngagementInput::trim).filter(v -> !v.isEmpty())
                .map(v -> codes ? v.toUpperCase(Locale.ROOT) : v).distinct().toList();
    }
}
