package org.resolute.partnership.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FilteredPage;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.FormValues;
import org.resolute.kernel.web.Notice;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partnership with its tracks and the list of its activities; the forms that record and change one. */
@Controller
class ActivitiesPage {

    private static final int PAGE_SIZE = 20;

    private final ActivityBook activities;
    private final Clock clock;

    ActivitiesPage(ActivityBook activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @GetMapping("/partnership")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String track, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "startsOn,desc") String sort, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("activities", FilteredPage.of(() -> activities.search(new ActivityFilter(
                FormValues.choice("kind", kind, ActivityKind.class), FormValues.choice("theme", theme, Theme.class),
                FormValues.choice("track", track, Track.class), date("from", from), date("until", until), q),
                new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)),
                () -> activities.search(ActivityFilter.ALL, PageQuery.first(PAGE_SIZE)), model, request, response));
        model.addAttribute("filter", Map.of("kind", kind, "theme", theme, "track", track, "from", from,
                "until", until, "q", q));
        model.addAttribute("partnership", activities.partnership().orElse(null));
        model.addAttribute("today", LocalDate.now(clock));
        return choices(model, "partnership/activities");
    }

    @GetMapping("/partnership/activities/new")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String newActivity(Model model) {
        model.addAttribute("form", new ActivityForm());
        return choices(model, "partnership/activity-form");
    }

    @PostMapping("/partnership/activities/new")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String record(@ModelAttribute("form") ActivityForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            PartnershipActivity activity = activities.record(form.toNewActivity());
            redirect.addFlashAttribute("notice", Notice.of("partnership.activity.recorded", activity.title()));
            return "redirect:/partnership/activities/" + activity.id();
        }, () -> choices(model, "partnership/activity-form"), model, request, response);
    }

    @GetMapping("/partnership/activities/{id}/edit")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String edit(@PathVariable UUID id, Model model) {
        PartnershipActivity activity = activities.find(id).orElseThrow(() -> new NotFound("Partnership activity"))
                .activity();
        model.addAttribute("form", ActivityForm.of(activity));
        model.addAttribute("activityId", id);
        return choices(model, "partnership/activity-form");
    }

    @PostMapping("/partnership/activities/{id}/edit")
    @PreAuthorize(Roles.PARTNERSHIP_OFFICERS)
    String update(@PathVariable UUID id, @ModelAttribute("form") ActivityForm form, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            PartnershipActivity activity = activities.update(id, form.getVersion(), form.toNewActivity());
            redirect.addFlashAttribute("notice", Notice.of("partnership.activity.saved", activity.title()));
            return "redirect:/partnership/activities/" + id;
        }, () -> {
            model.addAttribute("activityId", id);
            return choices(model, "partnership/activity-form");
        }, model, request, response);
    }

    /** A filter's choice of a code, or {@link InvalidInput} on its field; null for "any". */
    private static LocalDate date(String field, String value) {
        try {
            return InputDates.parse(value, field);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "error.date", e.getMessage());
        }
    }

    private static String choices(Model model, String view) {
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("classifications", Classification.values());
        return view;
    }
}
