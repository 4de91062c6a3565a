package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.HorizonBook;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Pledges;
import org.resolute.funding.domain.PublishedFigure;
import org.resolute.kernel.Marking;
import org.resolute.reference.Sources;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The funding overview (fund status, charts), the host government's commitment and the public transparency page,
 * whose sources are listed on it with their addresses, so that an anonymous reader can open them.
 */
@Controller
class FundingPages {

    private final FundBook register;
    private final FundReports reports;
    private final Pledges pledges;
    private final HorizonBook horizons;
    private final Sources sources;
    private final MessageSource messages;
    private final Clock clock;

    FundingPages(FundBook register, FundReports reports, Pledges pledges, HorizonBook horizons,
            Sources sources, MessageSource messages, Clock clock) {
        this.register = register;
        this.reports = reports;
        this.pledges = pledges;
        this.horizons = horizons;
        this.sources = sources;
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

    @GetMapping("/transparency")
    String transparency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("totals", reports.publicTotals(date));
        List<PublishedFigure> published = reports.publishedFigures("ANATF");
        List<Pledge> publicPledges = pledges.list(ContributionFilter.ALL).stream()
                .filter(pledge -> pledge.marking().equals(Marking.PUBLIC)).toList();
        model.addAttribute("published", published);
        model.addAttribute("publicPledges", publicPledges);
        FundingNames.addTo(model, register);
        Stream<String> cited = Stream.concat(published.stream().map(figure -> figure.provenance().source()),
                publicPledges.stream().map(pledge -> pledge.provenance().source()));
        model.addAttribute("sources", cited.flatMap(source -> Cited.ids(source).stream()).distinct()
                .sorted(Comparator.comparingInt(id -> Integer.parseInt(id.substring(1))))
                .flatMap(id -> sources.find(id).stream()).toList());
        return "funding/transparency";
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
