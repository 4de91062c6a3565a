package org.resolute.partnership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Task;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.PartnershipReport;
import org.springframework.stereotype.Component;

/**
 * What waits for a partnership officer on their home page: the follow-up actions past their due day, the most
 * overdue named, from the activities they may see.
 */
@Component
class PartnershipHomeTasks implements HomeSection.Source {

    private static final int NAMED = 3;

    private final ActivityBook activities;
    private final Clock clock;

    PartnershipHomeTasks(ActivityBook activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(Viewer viewer, Formats words) {
        if (!viewer.has(Role.PARTNERSHIP_OFFICER)) {
            return List.of();
        }
        PartnershipReport report = activities.report(ActivityFilter.ALL, LocalDate.now(clock));
        if (report.overdue().isEmpty()) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task(words.message("partnership.home.overdue", words.number(report.followUpsOpen())),
                words.number(report.overdue().size()), "/partnership/reports"));
        report.overdue().stream().limit(NAMED).forEach(overdue -> tasks.add(new Task(
                words.message("partnership.home.action", overdue.followUp().action(), overdue.activityTitle(),
                        overdue.followUp().owner()),
                words.message("partnership.home.days", overdue.daysOverdue()),
                "/partnership/activities/" + overdue.followUp().activity())));
        return tasks;
    }
}
