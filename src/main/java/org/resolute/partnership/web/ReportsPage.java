package org.resolute.partnership.web;

import java.time.Clock;
import java.time.LocalDate;

import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.Theme;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the partnership reached: activities by year and theme, participants, follow-ups and the overdue ones. */
@Controller
class ReportsPage {

    private final ActivityBook activities;
    private final Clock clock;

    ReportsPage(ActivityBook activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/partnership/reports")
    String report(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("report", activities.report(ActivityFilter.ALL, today));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("today", today);
        return "partnership/reports";
    }
}
