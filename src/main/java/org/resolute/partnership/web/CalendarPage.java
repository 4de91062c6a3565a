package org.resolute.partnership.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.web.FormErrors;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.ActivityBook;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A month of the partnership's activities as a calendar, weeks from Monday. */
@Controller
class CalendarPage {

    private final ActivityBook activities;
    private final Clock clock;

    CalendarPage(ActivityBook activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** A day of the calendar grid and the activities held on it; days of other months are shown greyed. */
    record Day(LocalDate date, boolean inMonth, List<PartnershipActivity> activities) {
    }

    @GetMapping("/partnership/calendar")
    String calendar(@RequestParam(defaultValue = "") String month, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        YearMonth shown;
        try {
            shown = month.isBlank() ? latestMonth() : YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            FormErrors.of("month", new DefaultMessageSourceResolvable(
                    new String[] {"partnership.calendar.badMonth"}, "Enter a month as YYYY-MM"), request)
                    .refuse(model, response);
            shown = latestMonth();
        }
        YearMonth current = shown;
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<PartnershipActivity> held = activities.list(ActivityFilter.between(first, last));
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            LocalDate date = day;
            weeks.get(weeks.size() - 1).add(new Day(date, YearMonth.from(date).equals(current),
                    held.stream().filter(activity -> activity.takesPlaceOn(date)).toList()));
        }
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks);
        model.addAttribute("held", held.stream().filter(activity -> !activity.endsOn().isBefore(current.atDay(1))
                && !activity.startsOn().isAfter(current.atEndOfMonth())).toList());
        return "partnership/calendar";
    }

    /** The month of the latest activity up to today, so the calendar opens on something. */
    private YearMonth latestMonth() {
        LocalDate today = LocalDate.now(clock);
        List<PartnershipActivity> past = activities.list(ActivityFilter.between(null, today));
        return past.isEmpty() ? YearMonth.from(today) : YearMonth.from(past.get(past.size() - 1).startsOn());
    }
}
