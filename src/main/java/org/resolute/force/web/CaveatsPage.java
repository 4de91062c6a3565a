package org.resolute.force.web;

import java.time.Clock;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;
import org.resolute.force.domain.CaveatBook;
import org.resolute.kernel.Classification;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.reference.Nations;
import org.springframework.context.MessageSource;
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

    private final CaveatBook caveats;
    private final Nations nations;
    private final Clock clock;
    private final ForceNames names;
    private final MessageSource messages;

    CaveatsPage(CaveatBook caveats, Nations nations, Clock clock, ForceNames names, MessageSource messages) {
        this.caveats = caveats;
        this.nations = nations;
        this.clock = clock;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/force/caveats")
    String list(@RequestParam(defaultValue = "") String nation, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("form", CaveatForm.empty());
        return show(nation, page, model);
    }

    @PostMapping("/force/caveats")
    @PreAuthorize(Roles.FORCE_PLANNERS_AND_ADMINISTRATORS)
    String add(@ModelAttribute("form") CaveatForm form, Model model, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        return FormPost.answer(() -> {
            var caveat = caveats.add(form.toNew(clock));
            redirect.addFlashAttribute("notice", Notice.of("force.caveat.recorded", caveat.code()));
            return "redirect:/force/caveats?nation=" + caveat.nation() + "#main";
        }, () -> show("", 0, model), model, request, response);
    }

    private String show(String nation, int page, Model model) {
        ForceNames.Names named = names.names();
        Formats formats = Formats.forReader(messages);
        model.addAttribute("nation", nation);
        model.addAttribute("caveats", caveats.search(nation, new PageQuery(Math.max(page, 0), PAGE_SIZE, ""))
                .map(caveat -> CaveatRow.of(caveat, named, formats)));
        model.addAttribute("kinds", CaveatKind.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("nations", nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .map(contributor -> contributor.nation()).toList());
        return "force/caveats";
    }

    /**
     * A caveat with what its rule names in words: the nation's name, its regions as written, its locations and
     * activities by name, its limit as a figure; the template words the rule by its kind.
     */
    record CaveatRow(NationalCaveat caveat, String nation, String values, String limit) {

        static CaveatRow of(NationalCaveat caveat, ForceNames.Names named, Formats formats) {
            String values = caveat.values().stream().map(value -> switch (caveat.kind()) {
                case ALLOWED_LOCATIONS -> named.location(value);
                case EXCLUDED_ACTIVITIES -> formats.name("Activity", value);
                default -> value;
            }).collect(Collectors.joining(", "));
            return new CaveatRow(caveat, named.nation(caveat.nation()), values, formats.number(caveat.limit()));
        }
    }
}
