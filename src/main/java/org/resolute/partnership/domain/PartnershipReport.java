package org.resolute.partnership.domain;

import java.util.List;

/**
 * What the partnership's activities add up to, from the activities the viewer may see.
 *
 * @param byYearAndTheme activities counted per year and theme
 * @param reach people, nations and host institutions reached, counted once each per year
 * @param overdue the open follow-ups past their due day, most overdue first
 * @param includesIllustrative whether any activity counted is an illustrative demo record
 */
public record PartnershipReport(List<YearTheme> byYearAndTheme, List<YearReach> reach, int followUpsOpen,
        int followUpsClosed, List<OverdueFollowUp> overdue, boolean includesIllustrative) {

    public PartnershipReport {
        byYearAndTheme = List.copyOf(byYearAndTheme);
        reach = List.copyOf(reach);
        overdue = List.copyOf(overdue);
    }

    /** The number of activities of a theme held in a year. */
    public record YearTheme(int year, Theme theme, int activities) {
    }

    /** Who the year's activities reached. */
    public record YearReach(int year, int activities, int people, int nations, int hostInstitutions) {
    }

    /** An open follow-up past its due day, with the activity it came from. */
    public record OverdueFollowUp(FollowUp followUp, String activityTitle, long daysOverdue) {
    }
}
