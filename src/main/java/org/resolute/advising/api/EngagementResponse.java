package org.resolute.advising.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/** An engagement report as the API answers it; {@code due} is true for a planned one whose date has passed. */
record EngagementResponse(UUID id, String title, String command, String institution, LocalDate date,
        int durationMinutes, String place, boolean held, EngagementMode mode, @Nullable Atmosphere atmosphere,
        String keyOutcomes, String nextSteps, String details, String advisorNation, List<String> areas,
        List<String> pillars, List<String> advisors, List<String> counterparts, EngagementStatus status,
        boolean due, @Nullable String statusNote, String author, @Nullable String decidedBy, @Nullable Instant decidedAt, Provenance provenance,
        Marking marking, long version) {

    static EngagementResponse of(Engagement e, LocalDate today) {
        return new EngagementResponse(e.id(), e.title(), e.command(), e.institution(), e.date(), e.durationMinutes(),
                e.place(), e.held(), e.mode(), e.atmosphere(), e.keyOutcomes(), e.nextSteps(), e.details(),
                e.advisorNation(), e.areas(), e.pillars(), e.advisors(), e.counterparts(), e.status(), e.due(today),
                e.statusNote(), e.author(), e.decidedBy(), e.decidedAt(), e.provenance(), e.marking(), e.version());
    }
}
