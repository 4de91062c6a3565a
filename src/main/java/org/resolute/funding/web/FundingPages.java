package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;

import org.resolute.funding.FundRegister;
import org.resolute.funding.FundingHorizons;
import org.resolute.funding.FundReports;
import org.resolute.funding.PledgeFilter;
import org.resolute.funding.Pledges;
import org.resolute.kernel.Marking;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The funding overview (fund status, charts), the host government's commitment and the public page. */
@Controller
class FundingPages {

    private final FundRegister register;
    private final FundReports reports;
    private final Pledges pledges;
    private final FundingHorizons horizons;
    private final Clock clock;

    FundingPages(FundRegister register, FundReports reports, Pledges pledges, FundingHorizons horizons,
            Clock clock) {
        this.register = register;
        this.reports = reports;
        this.pledges = pledges;
        this.horizons = horizons;
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
        return "funding/overview";
    }

    @GetMapping("/funding/host-commitment")
    String hostCommitment(Model model) {
        model.addAttribute("years", reports.hostCommitment());
        model.addAttribute("figures", reports.publishedFigures("ANSF model"));
        return "funding/host-commitment";
    }

    @GetMapping("/transparency")
    String transparency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("totals", reports.publicTotals(date));
        model.addAttribute("published", reports.publishedFigures("ANATF"));
        model.addAttribute("publicPledges", pledges.list(PledgeFilter.ALL).stream()
                .filter(pledge -> pledge.marking().equals(Marking.PUBLIC)).toList());
        return "funding/transparency";
    }
}
