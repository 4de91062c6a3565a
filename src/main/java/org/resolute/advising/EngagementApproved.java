package org.resolute.advising;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A lead approved an engagement report: it now counts in the rollup, the coverage and as evidence. */
public record EngagementApproved(UUID engagement, String command, String institution, List<String> areas,
        LocalDate date) {

    public EngagementApproved {
        areas = List.copyOf(areas);
    }
}
