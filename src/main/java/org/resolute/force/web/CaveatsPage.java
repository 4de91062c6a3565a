package org.resolute.force.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveats;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.PageQuery;
import org.resolute.reference.Nations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National caveats by nation with each rule in words, and the planner's form to add one. */
@Controller
class CaveatsPage {

    static final int PAGE_SIZE = 50;

    private final NationalCaveats caveats;
    private final Nations nations;
    private final Clock clock;

    CaveatsPage(NationalCaveats caveats, Nations nations, Clock clock) {
        this.caveats = caveats;
        this.nations = nations;
        this.clock = clock;
    }

    @GetMapping("/force/caveats")
    String list(@RequestParam(defaultValue = "") String nation, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("form", CaveatForm.empty());
        return show(nation, page, model);
    }

    @PostMapping("/force/caveats")
    @PreAuthorize("hasAnyRole('FORCE_PLANNER', 'ADMIN')")
    String add(@ModelAttribute("form") CaveatForm form, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            var caveat = caveats.add(form.toNew(clock));
            redirect.addFlashAttribute("notice", Notice.of("force.caveat.recorded", caveat.code()));
            return "redirect:/force/caveats?nation=" + caveat.nation();
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, request));
            return show("", 0, model);
        }
    }

    private String show(String nation, int page, Model model) {
        model.addAttribute("nation", nation);
        model.addAttribute("caveats", caveats.search(nation, new PageQuery(Math.max(page, 0), PAGE_SIZE, ""))
                .map(caveat -> new CaveatRow(caveat, caveats.sentence(caveat))));
        model.addAttribute("kinds", CaveatKind.values());
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(contributor -> contributor.nation()).toList());
        return "force/caveats";
    }

    /** A caveat with its rule in words. */
    record CaveatRow(org.resolute.force.NationalCaveat caveat, String rule) {
    }
}
