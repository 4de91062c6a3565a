package org.resolute.governance.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.Meeting;
import org.resolute.governance.domain.MeetingBook;
import org.resolute.governance.domain.MeetingKind;
import org.resolute.kernel.Classification;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Notice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings that steer the effort, each with the decisions taken there; administrators record them. */
@Controller
class MeetingsPage {

    private static final int PAGE_SIZE = 25;

    private final MeetingBook meetings;
    private final DecisionBook decisions;

    MeetingsPage(MeetingBook meetings, DecisionBook decisions) {
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @GetMapping({"/governance", "/governance/meetings"})
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String until, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "startsOn") String sort, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        FilteredList.page(model, "meetings", request, response, kind, from, until, q,
                new PageQuery(Math.max(page, 0), PAGE_SIZE, sort), meetings::search);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MeetingForm());
        }
        return page(model);
    }

    /** Records a meeting; a refused one goes back to the list it was sent from, filters, input and all. */
    @PostMapping("/governance/meetings")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String record(@ModelAttribute("form") MeetingForm form, RedirectAttributes redirect) {
        Meeting meeting = meetings.record(form.toNewMeeting());
        redirect.addFlashAttribute("notice", Notice.of("governance.meeting.recorded", meeting.title()));
        return "redirect:/governance/meetings/" + meeting.id();
    }

    @GetMapping("/governance/meetings/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("meeting", meetings.find(id).orElseThrow(() -> new NotFound("Meeting")));
        model.addAttribute("decisions", decisions.takenAt(id));
        return "governance/meeting";
    }

    private static String page(Model model) {
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("statuses", ProvenanceStatus.values());
        model.addAttribute("classifications", Classification.values());
        return "governance/meetings";
    }
}
