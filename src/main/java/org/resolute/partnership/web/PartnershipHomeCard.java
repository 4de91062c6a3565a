package org.resolute.partnership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivities;
import org.resolute.partnership.PartnershipReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Partnership officers see on their home page how many follow-up actions are overdue today, in the reader's
 * language.
 */
@Component
class PartnershipHomeCard implements HomeCard.Source {

    private final PartnershipActivities activities;
    private final MessageSource messages;
    private final Clock clock;

    PartnershipHomeCard(PartnershipActivities activities, MessageSource messages, Clock clock) {
        this.activities = activities;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (!viewer.has(Role.PARTNERSHIP_OFFICER)) {
            return List.of();
        }
        Formats words = new Formats(LocaleContextHolder.getLocale(), messages);
        return Viewers.runAs(viewer, () -> {
            PartnershipReport report = activities.report(ActivityFilter.ALL, LocalDate.now(clock));
            return List.of(new HomeCard(words.message("partnership.home.title"),
                    words.number(report.overdue().size()),
                    words.message(report.includesIllustrative() ? "partnership.home.captionIllustrative"
                            : "partnership.home.caption", words.number(report.followUpsOpen())),
                    "/partnership/reports"));
        });
    }
}
