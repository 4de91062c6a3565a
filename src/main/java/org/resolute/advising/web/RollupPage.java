package org.resolute.advising.web;

import org.resolute.advising.domain.DailyRollup;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.web.InlinePdf;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily rollup of approved engagements per command, as a page and as a PDF to print. */
@Controller
class RollupPage {

    private final Engagements engagements;
    private final AdvisingDay day;
    private final NameBook names;
    private final MessageSource messages;

    RollupPage(Engagements engagements, AdvisingDay day, NameBook names, MessageSource messages) {
        this.engagements = engagements;
        this.day = day;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/advising/rollup")
    String show(@RequestParam(defaultValue = "") String date, Model model) {
        model.addAttribute("rollup", engagements.rollup(day.typedOrLatest("date", date)));
        model.addAttribute("names", names.names());
        return "advising/rollup";
    }

    @GetMapping("/advising/rollup.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "") String date) {
        DailyRollup rollup = engagements.rollup(day.typedOrLatest("date", date));
        return InlinePdf.of("rollup-" + rollup.date() + ".pdf",
                RollupPrint.pdf(rollup, Formats.forReader(messages), names.names()));
    }
}
