package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;

import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.Engagements;
import org.springframework.stereotype.Component;

/**
 * The day the advising pages show when the reader names none: the latest day with an approved engagement, or
 * today when there is none, so the coverage, the rollup and the home section open on the same day.
 */
@Component
class AdvisingDay {

    private final Engagements engagements;
    private final Clock clock;

    AdvisingDay(Engagements engagements, Clock clock) {
        this.engagements = engagements;
        this.clock = clock;
    }

    /** The latest day with an approved engagement, or today. */
    LocalDate latest() {
        return engagements.latestApproved().orElse(LocalDate.now(clock));
    }

    /** The day typed into the field, or {@link #latest()} when it is empty; a day that does not read is refused. */
    LocalDate typedOrLatest(String field, String typed) {
        return typed.isBlank() ? latest() : EngagementSearch.date(field, typed);
    }
}
