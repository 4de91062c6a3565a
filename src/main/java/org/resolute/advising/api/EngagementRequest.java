package org.resolute.advising.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.EngagementInput;
import org.resolute.advising.EngagementMode;
import org.resolute.kernel.Marking;
import org.resolute.reference.NationCode;
import org.resolute.reference.NationCodes;

/**
 * An engagement report as an advisor sends it. People and the place are names: a name not yet known is added
 * provisionally for a lead to merge. {@code classification} defaults to MISSION.
 */
record EngagementRequest(@Size(max = 200) String title, @Size(max = 20) String command,
        @Size(max = 40) String institution, LocalDate date, @PositiveOrZero Integer durationMinutes,
        @Size(max = 200) String place, Boolean held, EngagementMode mode, Atmosphere atmosphere,
        @Size(max = 4000) String keyOutcomes, @Size(max = 4000) String nextSteps, @Size(max = 8000) String details,
        @NationCode String advisorNation, @Size(max = 9) List<@Size(max = 20) String> areas,
        @Size(max = 9) List<@Size(max = 20) String> pillars, @Size(max = 19) List<@Size(max = 100) String> advisors,
        @Size(max = 19) List<@Size(max = 100) String> counterparts,
        @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo) {

    EngagementInput toInput() {
        return new EngagementInput(title, command, institution, date, durationMinutes == null ? 0 : durationMinutes,
                place, held == null || held, mode, atmosphere, keyOutcomes, nextSteps, details, advisorNation, areas,
                pillars, advisors, counterparts, Marking.typed(classification, releasableTo).orElse(Marking.MISSION));
    }
}
