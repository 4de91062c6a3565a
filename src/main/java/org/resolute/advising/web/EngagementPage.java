package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.Roles;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One engagement report, and its workflow: the advisor submits or cancels it, a lead approves or returns it. */
@Controller
class EngagementPage {

    private final Engagements engagements;
    private final NameBook names;
    private final Clock clock;

    EngagementPage(Engagements engagements, NameBook names, Clock clock) {
        this.engagements = engagements;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/advising/engagements/{id}")
    String show(@PathVariable UUID id, Model model) {
        Engagement engagement = engagements.find(id);
        boolean author = Viewers.current().username().equals(engagement.author());
        model.addAttribute("engagement", engagement);
        model.addAttribute("due", engagement.due(LocalDate.now(clock)));
        model.addAttribute("author", author);
        model.addAttribute("lead", engagements.mayDecide(engagement));
        model.addAttribute("names", names.names());
        return "advising/engagement";
    }

    @PostMapping("/advising/engagements/{id}/submit")
    @PreAuthorize(Roles.ADVISORS)
    String submit(@PathVariable UUID id, @RequestParam(required = false) Long version, HttpServletRequest request,
            RedirectAttributes redirect) {
        return step(id, request, redirect, () -> engagements.submit(id, version), "advising.engagement.submitted");
    }

    @PostMapping("/advising/engagements/{id}/approve")
    @PreAuthorize(Roles.ADVISING_LEADS)
    String approve(@PathVariable UUID id, @RequestParam(required = false) Long version, HttpServletRequest request,
            RedirectAttributes redirect) {
        return step(id, request, redirect, () -> engagements.approve(id, version), "advising.engagement.approved");
    }

    @PostMapping("/advising/engagements/{id}/return")
    @PreAuthorize(Roles.ADVISING_LEADS)
    String returnToAuthor(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "") String comment, HttpServletRequest request, RedirectAttributes redirect) {
        return step(id, request, redirect, () -> engagements.returnToAuthor(id, version, comment),
                "advising.engagement.returned");
    }

    @PostMapping("/advising/engagements/{id}/cancel")
    @PreAuthorize(Roles.ADVISORS)
    String cancel(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "") String reason, HttpServletRequest request, RedirectAttributes redirect) {
        return step(id, request, redirect, () -> engagements.cancel(id, version, reason),
                "advising.engagement.cancelledNotice");
    }

    /** A step done says so; a step refused shows why, next to the comment or reason it needed, the input kept. */
    private String step(UUID id, HttpServletRequest request, RedirectAttributes redirect, Runnable work,
            String done) {
        return FormPost.back(() -> {
            work.run();
            return Notice.of(done);
        }, "/advising/engagements/" + id, redirect, request);
    }
}
