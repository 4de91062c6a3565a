package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.HorizonBook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding overview (fund status, charts) and the host government's commitment, for staff; the public
 * transparency page is {@link TransparencyPage}.
 */
@Controller
class FundingPages {

    private final FundBook register;
    private final FundReports reports;
    private final HorizonBook horizons;
    private final MessageSource messages;
    private final Clock clock;

    FundingPages(FundBook register, FundReports reports, HorizonBook horizons, MessageSource messages, Clock clock) {
        this.register = register;
        this.reports = reports;
        this.horizons = horizons;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/funding")
    String overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("statuses", register.funds().stream().map(fund -> reports.status(fund.code(), date))
                .toList());
        model.addAttribute("funds", register.funds());
        model.addAttribute("published", reports.publishedFigures("ANATF"));
        model.addAttribute("horizons", horizons.all());
        FundingNames.addTo(model, register);
        model.addAttribute("chartWords", chartWords());
        return "funding/overview";
    }

    @GetMapping("/funding/host-commitment")
    String hostCommitment(Model model) {
        model.addAttribute("years", reports.hostCommitment());
        model.addAttribute("figures", reports.publishedFigures("ANSF model"));
        FundingNames.addTo(model, register);
        return "funding/host-commitment";
    }

    /** The charts' words, in the reader's language, for the script that draws them (it holds none of its own). */
    private Map<String, Object> chartWords() {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> words = new LinkedHashMap<>();
        words.put("pledged", messages.getMessage("funding.charts.series.pledged", null, locale));
        words.put("received", messages.getMessage("funding.charts.series.received", null, locale));
        words.put("cumulative", messages.getMessage("funding.charts.series.cumulative", null, locale));
        words.put("currency", "USD");
        words.put("donors", FundingNames.donors(register));
        return words;
    }
}
