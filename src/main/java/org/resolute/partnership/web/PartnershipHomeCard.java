package org.resolute.partnership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivities;
import org.resolute.partnership.PartnershipReport;
import org.springframework.stereotype.Component;

/** Partnership officers see on their home page how many follow-up actions are overdue today. */
@Component
class PartnershipHomeCard implements HomeCard.Source {

    private final PartnershipActivities activities;
    private final Clock clock;

    PartnershipHomeCard(PartnershipActivities activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (!viewer.has(Role.PARTNERSHIP_OFFICER)) {
            return List.of();
        }
        return Viewers.runAs(viewer, () -> {
            PartnershipReport report = activities.report(ActivityFilter.ALL, LocalDate.now(clock));
            return List.of(new HomeCard("Partnership follow-ups overdue", String.valueOf(report.overdue().size()),
                    "of " + report.followUpsOpen() + " open, from the activities you may see"
                            + (report.includesIllustrative() ? "; includes illustrative demo records" : ""),
                    "/partnership/reports"));
        });
    }
}
