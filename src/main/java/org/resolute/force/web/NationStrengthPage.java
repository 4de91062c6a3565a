package org.resolute.force.web;

import org.resolute.force.domain.StrengthBook;
import org.resolute.force.domain.StrengthQuery;
import org.resolute.kernel.PageQuery;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One nation's strength reports over time, as far as the viewer may see them. */
@Controller
class NationStrengthPage {

    private final StrengthBook strength;
    private final Nations nations;

    NationStrengthPage(StrengthBook strength, Nations nations) {
        this.strength = strength;
        this.nations = nations;
    }

    /** A page of the nation's reports, newest first: ten years of daily reports are tens of thousands. */
    @GetMapping("/force/strength/nations/{code}")
    String history(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        var nation = nations.get(code);
        model.addAttribute("nation", nation);
        model.addAttribute("reports", strength.search(new StrengthQuery(nation.code(), "", "", null, null),
                new PageQuery(Math.max(page, 0), 50, "reportDate,desc")));
        return "force/strength-nation";
    }
}
