package org.resolute.advising.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.advising.EngagementMode;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * An advisor's report of meeting counterparts, and its workflow: planned or drafted, submitted, approved or
 * returned with a comment by a lead of its command, cancelled with a reason. Each step refuses the states it does
 * not start from with {@link EngagementStateConflict}.
 *
 * @param statusNote the lead's comment when returned, the reason when cancelled
 */
public record Engagement(UUID id, String title, String command, String institution, LocalDate date,
        int durationMinutes, String place, boolean held, EngagementMode mode, Atmosphere atmosphere,
        String keyOutcomes, String nextSteps, String details, String advisorNation, List<String> areas,
        List<String> pillars, List<String> advisors, List<String> counterparts, EngagementStatus status,
        String statusNote, String author, String decidedBy, Instant decidedAt, Provenance provenance,
        Marking marking, Instant createdAt, long version) implements Marked {

    public Engagement {
        areas = List.copyOf(areas);
        pillars = List.copyOf(pillars);
        advisors = List.copyOf(advisors);
        counterparts = List.copyOf(counterparts);
    }

    /** A new report from what the advisor wrote: a draft when held, planned otherwise. */
    public static Engagement from(UUID id, EngagementInput input, String author, Provenance provenance,
            Instant now) {
        return new Engagement(id, input.title(), input.command(), input.institution(), input.date(),
                input.durationMinutes(), input.place(), input.held(), input.mode(), input.atmosphere(),
                input.keyOutcomes(), input.nextSteps(), input.details(), input.advisorNation(), input.areas(),
                input.pillars(), input.advisors(), input.counterparts(),
                input.held() ? EngagementStatus.DRAFT : EngagementStatus.PLANNED, "", author, null, null,
                provenance, input.marking(), now, 0);
    }

    /** A planned engagement whose date has passed without a report that it was held. */
    public boolean due(LocalDate today) {
        return status == EngagementStatus.PLANNED && date.isBefore(today);
    }

    /** The report rewritten; a planned engagement reported as held becomes a draft. */
    public Engagement revise(EngagementInput input) {
        if (!status.editable()) {
            throw new EngagementStateConflict("An engagement that is " + status + " can no longer be changed");
        }
        if (held && !input.held()) {
            throw new InvalidInput("held", "advising.error.backToPlanned",
                    "an engagement reported as held cannot go back to planned");
        }
        EngagementStatus next = status == EngagementStatus.PLANNED && input.held() ? EngagementStatus.DRAFT : status;
        return new Engagement(id, input.title(), input.command(), input.institution(), input.date(),
                input.durationMinutes(), input.place(), input.held(), input.mode(), input.atmosphere(),
                input.keyOutcomes(), input.nextSteps(), input.details(), input.advisorNation(), input.areas(),
                input.pillars(), input.advisors(), input.counterparts(), next, statusNote, author, decidedBy,
                decidedAt, provenance, input.marking(), createdAt, version);
    }

    /** Sends a held report, with its atmosphere and key outcomes, to the command's leads. */
    public Engagement submit(LocalDate today) {
        if (status != EngagementStatus.DRAFT && status != EngagementStatus.RETURNED) {
            throw new EngagementStateConflict("Only a draft or a returned report can be submitted; this one is "
                    + status);
        }
        if (date.isAfter(today)) {
            throw new InvalidInput("date", "advising.error.notHeldYet", "an engagement dated " + date
                    + " has not been held yet");
        }
        if (atmosphere == null) {
            throw new InvalidInput("atmosphere", "advising.error.atmosphere",
                    "say how the engagement was received before submitting it");
        }
        if (keyOutcomes.isBlank()) {
            throw new InvalidInput("keyOutcomes", "advising.error.keyOutcomes",
                    "key outcomes are missing: say what the engagement achieved");
        }
        return with(EngagementStatus.SUBMITTED, "", null, null);
    }

    public Engagement approve(String lead, Instant at) {
        requireSubmitted("approved");
        return with(EngagementStatus.APPROVED, "", lead, at);
    }

    /** Sends the report back to its advisor; the comment says what to fix. */
    public Engagement returnToAuthor(String comment, String lead, Instant at) {
        requireSubmitted("returned");
        if (comment == null || comment.isBlank()) {
            throw new InvalidInput("comment", "advising.error.comment", "say what the advisor should fix");
        }
        return with(EngagementStatus.RETURNED, comment.trim(), lead, at);
    }

    public Engagement cancel(String reason, String by, Instant at) {
        if (status == EngagementStatus.APPROVED || status == EngagementStatus.CANCELLED) {
            throw new EngagementStateConflict("An engagement that is " + status + " cannot be cancelled");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "advising.error.reason", "say why the engagement is cancelled");
        }
        return with(EngagementStatus.CANCELLED, reason.trim(), by, at);
    }

    private void requireSubmitted(String step) {
        if (status != EngagementStatus.SUBMITTED) {
            throw new EngagementStateConflict("Only a submitted report can be " + step + "; this one is " + status);
        }
    }

    private Engagement with(EngagementStatus next, String note, String by, Instant at) {
        return new Engagement(id, title, command, institution, date, durationMinutes, place, held, mode, atmosphere,
                keyOutcomes, nextSteps, details, advisorNation, areas, pillars, advisors, counterparts, next, note,
                author, by, at, provenance, marking, createdAt, version);
    }
}
