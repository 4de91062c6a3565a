package org.resolute.advising.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/**
 * Engagement reports: advisors write and submit them, the leads of their command approve or return them. Every
 * read is limited to what the current viewer may see; a report the viewer may not see is {@code NotFound}.
 * Steps that take a version refuse a stale one with {@code StaleUpdate}; a null version skips the check.
 */
public interface Engagements {

    /** Checks and stores a new report, planned or held. */
    Engagement record(EngagementInput input);

    Engagement revise(UUID id, Long version, EngagementInput input);

    Engagement submit(UUID id, Long version);

    /** Only a lead configured for the engagement's command may approve or return it. */
    Engagement approve(UUID id, Long version);

    Engagement returnToAuthor(UUID id, Long version, String comment);

    Engagement cancel(UUID id, Long version, String reason);

    Engagement find(UUID id);

    /** Whether the current viewer is a lead of the engagement's command. */
    boolean mayDecide(Engagement engagement);

    PageResult<Engagement> search(EngagementSearch search, PageQuery page);

    /** Every visible engagement matching the search, as CSV. */
    String export(EngagementSearch search);

    /** The date of the latest approved engagement the viewer may see, if any: where pages open by default. */
    Optional<LocalDate> latestApproved();

    /** The approved engagements of the day per command. */
    DailyRollup rollup(LocalDate date);
}
