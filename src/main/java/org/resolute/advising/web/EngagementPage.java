package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.resolute.advising.Engagement;
import org.resolute.advising.Engagements;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Viewers;
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
    private final Clock clock;

    EngagementPage(Engagements engagements, Clock clock) {
        this.engagements = engagements;
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
        return "advising/engagement";
    }

    @PostMapping("/advising/engagements/{id}/submit")
    @PreAuthorize("hasAnyRole('ADVISOR', 'ADVISING_LEAD')")
    String submit(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> engagements.submit(id, version), "Submitted the report to the command's leads.");
    }

    @PostMapping("/advising/engagements/{id}/approve")
    @PreAuthorize("hasRole('ADVISING_LEAD')")
    String approve(@PathVariable UUID id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return step(id, redirect, () -> engagements.approve(id, version), "Approved the report.");
    }

    @PostMapping("/advising/engagements/{id}/return")
    @PreAuthorize("hasRole('ADVISING_LEAD')")
    String returnToAuthor(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        return step(id, redirect, () -> engagements.returnToAuthor(id, version, comment),
                "Returned the report to its advisor.");
    }

    @PostMapping("/advising/engagements/{id}/cancel")
    @PreAuthorize("hasAnyRole('ADVISOR', 'ADVISING_LEAD')")
    String cancel(@PathVariable UUID id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return step(id, redirect, () -> engagements.cancel(id, version, reason), "Cancelled the engagement.");
    }

    private String step(UUID id, RedirectAttributes redirect, Runnable work, String done) {
        try {
            work.run();
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("errorField", e.field());
        }
        return "redirect:/advising/engagements/" + id;
    }
}
