package org.resolute.force.web;

import org.resolute.force.StrengthReports;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One nation's strength reports over time, as far as the viewer may see them. */
@Controller
class NationStrengthPage {

    private final StrengthReports strength;
    private final Nations nations;

    NationStrengthPage(StrengthReports strength, Nations nations) {
        this.strength = strength;
        this.nations = nations;
    }

    @GetMapping("/force/strength/nations/{code}")
    String history(@PathVariable String code, Model model) {
        var nation = nations.get(code);
        model.addAttribute("nation", nation);
        model.addAttribute("reports", strength.history(nation.code()));
        return "force/strength-nation";
    }
}
