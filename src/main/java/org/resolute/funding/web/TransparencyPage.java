package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Pledges;
import org.resolute.funding.domain.PublishedFigure;
import org.resolute.kernel.Marking;
import org.resolute.reference.Sources;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public transparency page: the public totals, the published figures and the public pledges, with the
 * sources they cite listed with their addresses, so that an anonymous reader can open them. Apart from the staff
 * overview because it answers another reader with other records.
 */
@Controller
class TransparencyPage {

    private final FundBook register;
    private final FundReports reports;
    private final Pledges pledges;
    private final Sources sources;
    private final Clock clock;

    TransparencyPage(FundBook register, FundReports reports, Pledges pledges, Sources sources, Clock clock) {
        this.register = register;
        this.reports = reports;
        this.pledges = pledges;
        this.sources = sources;
        this.clock = clock;
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
}
