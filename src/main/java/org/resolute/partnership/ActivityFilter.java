package org.resolute.partnership;

import java.time.LocalDate;

import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;
import org.springframework.modulith.NamedInterface;

/**
 * Which activities to list; each part left null (or blank) matches all.
 *
 * @param from activities ending on or after this day
 * @param until activities starting on or before this day
 * @param text words in the title, place or organisers
 */
@NamedInterface("api")
public record ActivityFilter(ActivityKind kind, Theme theme, Track track, LocalDate from, LocalDate until,
        String text) {

    public static final ActivityFilter ALL = new ActivityFilter(null, null, null, null, null, null);

    public static ActivityFilter between(LocalDate from, LocalDate until) {
        return new ActivityFilter(null, null, null, from, until, null);
    }
}
