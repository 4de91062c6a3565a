package org.resolute.advising;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Coverage of one institution in one functional area: approved engagements in the recent window against the
 * latest rating, both from what the viewer may see. The planner reads these to put advisors where advising is
 * thin and capability weak.
 *
 * @param latestRating 1 to 5, or null when never rated
 * @param ratedOn the date of the latest rating, or null
 * @param location the mission location the institution's advisors work from
 * @param illustrative whether any counted engagement or the rating is an illustrative demo record
 */
@NamedInterface("api")
public record CoverageCell(String institution, String institutionName, String area, String areaName,
        int recentEngagements, @Nullable Integer latestRating, @Nullable LocalDate ratedOn, String command,
        String location,
        boolean illustrative) {
}
