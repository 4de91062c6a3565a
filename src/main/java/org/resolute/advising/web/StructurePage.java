package org.resolute.advising.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.advising.domain.StructureBook;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Roles;
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

/** The host institutions and advisor positions with who holds them; the provisional entries a lead merges. */
@Controller
class StructurePage {

    private final StructureBook structure;
    private final NameBook names;
    private final Clock clock;

    StructurePage(StructureBook structure, NameBook names, Clock clock) {
        this.structure = structure;
        this.names = names;
        this.clock = clock;
    }

    @GetMapping("/advising/institutions")
    String institutions(Model model) {
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("positions", structure.positions());
        model.addAttribute("areas", structure.areas());
        model.addAttribute("pillars", structure.pillars());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("names", names.names());
        return "advising/institutions";
    }

    @GetMapping("/advising/provisional")
    @PreAuthorize(Roles.ADVISORS)
    String provisional(Model model) {
        model.addAttribute("entries", structure.provisional());
        model.addAttribute("people", structure.known("ADVISOR"));
        model.addAttribute("counterparts", structure.known("COUNTERPART"));
        model.addAttribute("places", structure.known("PLACE"));
        return "advising/provisional";
    }

    @PostMapping("/advising/provisional/{id}/merge")
    @PreAuthorize(Roles.ADVISING_LEADS)
    String merge(@PathVariable UUID id, @RequestParam(required = false) UUID into, HttpServletRequest request,
            RedirectAttributes redirect) {
        return FormPost.back(() -> {
            if (into == null) {
                throw new InvalidInput("into", "advising.error.into", "choose the known entry to merge into");
            }
            structure.merge(id, into);
            return Notice.of("advising.provisional.merged");
        }, "/advising/provisional", redirect, request);
    }
}
