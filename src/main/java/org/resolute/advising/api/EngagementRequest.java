package org.resolute.advising.api;

import java.time.LocalDate;
import java.util.List;

import org.resolute.advising.Atmosphere;
import org.resolute.advising.EngagementInput;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.MarkingText;

/**
 * An engagement report as an advisor sends it. People and the place are names: a name not yet known is added
 * provisionally for a lead to merge. {@code classification} defaults to MISSION.
 */
record EngagementRequest(String title, String command, String institution, LocalDate date, Integer durationMinutes,
        String place, Boolean held, EngagementMode mode, Atmosphere atmosphere, String keyOutcomes,
        String nextSteps, String details, String advisorNation, List<String> areas, List<String> pillars,
        List<String> advisors, List<String> counterparts, String classification, String releasableTo) {

    EngagementInput toInput() {
        return new EngagementInput(title, command, institution, date, durationMinutes == null ? 0 : durationMinutes,
                place, held == null || held, mode, atmosphere, keyOutcomes, nextSteps, details, advisorNation, areas,
                pillars, advisors, counterparts, MarkingText.parse(classification, releasableTo));
    }
}
