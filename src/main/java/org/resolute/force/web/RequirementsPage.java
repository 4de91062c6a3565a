package org.resolute.force.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.Activity;
import org.resolute.force.domain.FillState;
import org.resolute.force.domain.Requirement;
import org.resolute.force.domain.RequirementFilter;
import org.resolute.force.domain.Requirements;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FilteredPage;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.mission.Posture;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CJSOR for staff: the filtered list and its CSV, the gaps, and the form for a new requirement. */
@Controller
class RequirementsPage {

    static final int PAGE_SIZE = 25;

    private final Requirements requirements;
    private final Posture posture;
    private final Clock clock;

    RequirementsPage(Requirements requirements, Posture posture, Clock clock) {
        this.requirements = requirements;
        this.posture = posture;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("commands", posture.commands());
        model.addAttribute("locations", posture.locations());
        model.addAttribute("activities", Activity.values());
        model.addAttribute("fillStates", FillState.values());
        model.addAttribute("classifications", Classification.values());
    }

    @GetMapping("/force/requirements")
    String list(@RequestParam(defaultValue = "") String command, @RequestParam(defaultValue = "") String location,
            @RequestParam(defaultValue = "") String activity, @RequestParam(defaultValue = "") String fillState,
            @RequestParam(defaultValue = "") String priority, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("requirements", FilteredPage.of(() -> requirements.search(
                RequirementFilter.parse(command, location, activity, fillState, priority),
                new PageQuery(Math.max(page, 0), PAGE_SIZE, sort)), () -> new PageResult<>(List.of(), 0, PAGE_SIZE, 0),
                model, request, response));
        model.addAttribute("filter", new Filter(command, location, activity, fillState, priority, sort));
        return "force/requirements";
    }

    @GetMapping("/force/requirements.csv")
    ResponseEntity<String> export(@RequestParam(defaultValue = "") String command,
            @RequestParam(defaultValue = "") String location,
            @RequestParam(defaultValue = "") String activity, @RequestParam(defaultValue = "") String fillState,
            @RequestParam(defaultValue = "") String priority, @RequestParam(defaultValue = "") String sort) {
        List<Requirement> rows = requirements.list(
                RequirementFilter.parse(command, location, activity, fillState, priority), sort);
        CsvDownload csv = new CsvDownload("reference", "capability", "activity", "quantity", "command",
                "location", "from", "until", "priority", "accepted", "offered", "shortfall", "fill_state",
                "classification", "releasable_to", "source", "provenance_status");
        for (Requirement row : rows) {
            csv.line(row.reference(), row.capability(), row.activity().name(), String.valueOf(row.quantity()),
                    row.command(), row.location(), row.from().toString(), row.until().toString(),
                    String.valueOf(row.priority()), String.valueOf(row.accepted()), String.valueOf(row.offered()),
                    String.valueOf(row.shortfall()), row.fillState().name(),
                    row.marking().classification().name(), row.marking().releasabilityText(),
                    row.provenance().source(), row.provenance().status().name());
        }
        return csv.as("requirements.csv");
    }

    @GetMapping("/force/requirements/gaps")
    String gaps(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("gaps", requirements.gaps(new PageQuery(Math.max(page, 0), PAGE_SIZE, "")));
        return "force/requirement-gaps";
    }

    @GetMapping("/force/requirements/new")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String newRequirement(Model model) {
        model.addAttribute("form", RequirementForm.empty());
        return "force/requirement-new";
    }

    @PostMapping("/force/requirements")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String create(@ModelAttribute("form") RequirementForm form, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        return FormPost.answer(() -> {
            UUID id = requirements.create(form.toNew(clock)).id();
            redirect.addFlashAttribute("notice", Notice.of("force.requirement.recorded", form.reference()));
            return "redirect:/force/requirements/" + id;
        }, () -> "force/requirement-new", model, request, response);
    }

    /** A download with a bad filter answers 400 with the reason; the list page shows it above the list instead. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> invalid(InvalidInput e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    /** The list's filters as typed, to fill the form again. */
    record Filter(String command, String location, String activity, String fillState, String priority,
            String sort) {
    }
}
