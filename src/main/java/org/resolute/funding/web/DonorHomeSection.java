package org.resolute.funding.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.TreeMap;

import org.resolute.funding.Fund;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.FundStatus;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection.Line;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.stereotype.Component;

/**
 * A donor's representative's home page: their nation's contributions, pledged and received, and where they went:
 * to which funds, and how much of each fund's money the fund has committed to projects. From the pledges and
 * receipts the representative may see (public records and those released to their nation), as the reconciliation
 * page computes them.
 */
@Component
class DonorHomeSection implements HomeSection.Source {

    private final FundBook register;
    private final FundReports reports;
    private final Clock clock;

    DonorHomeSection(FundBook register, FundReports reports, Clock clock) {
        this.register = register;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Predicate<Viewer> audience() {
        return viewer -> viewer.has(Role.DONOR_REPRESENTATIVE) && viewer.nation().isPresent();
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        String nation = viewer.nation().orElseThrow();
        List<Donor> donors = register.donors().stream().filter(donor -> nation.equals(donor.nation())).toList();
        Map<String, BigDecimal[]> byFund = new TreeMap<>();
        boolean illustrative = false;
        for (Donor donor : donors) {
            for (ReconciliationLine line : reports.reconcile(new ContributionFilter(donor.code(), null, null))) {
                BigDecimal[] sums = byFund.computeIfAbsent(line.fund(), fund -> new BigDecimal[] {BigDecimal.ZERO,
                        BigDecimal.ZERO});
                sums[0] = sums[0].add(Objects.requireNonNullElse(line.pledgedUsd(), BigDecimal.ZERO));
                sums[1] = sums[1].add(line.receivedUsd());
                illustrative |= line.illustrative();
            }
        }
        String donorName = donors.stream().map(Donor::name).findFirst().orElse(nation);
        String title = words.message("funding.home.donor.title", donorName);
        String donorCode = donors.isEmpty() ? "" : donors.get(0).code();
        String link = "/funding/reconciliation?donor=" + donorCode;
        BigDecimal pledged = byFund.values().stream().map(sums -> sums[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal received = byFund.values().stream().map(sums -> sums[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Figure> figures = byFund.isEmpty() ? List.of() : List.of(
                new Figure(words.message("funding.home.donor.received"), words.money(received, FundingHomeSection.USD),
                        words.message("funding.home.donor.funds", byFund.size()), false),
                new Figure(words.message("funding.home.donor.pledged"), words.money(pledged, FundingHomeSection.USD),
                        words.message("funding.home.donor.pledgedDetail"), false));
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = new ArrayList<>();
        byFund.forEach((fund, sums) -> lines.add(new Line(fundName(fund), link + "&fund=" + fund,
                List.of(words.money(sums[1], FundingHomeSection.USD), words.money(sums[0], FundingHomeSection.USD),
                        committedShare(fund, today, words)), false)));
        String note = words.message("funding.home.donor.note")
                + (illustrative ? " " + words.message("funding.home.illustrative") : "");
        return Optional.of(HomeSection.of("donor", 5, title, link, words.message("funding.home.donor.link"), figures,
                note).withLines(List.of(words.message("funding.home.donor.received"),
                        words.message("funding.home.donor.pledged"), words.message("funding.home.donor.committed")),
                        lines, words.message("funding.home.donor.empty")));
    }

    private String fundName(String code) {
        return register.funds().stream().filter(fund -> fund.code().equals(code)).map(Fund::name).findFirst()
                .orElse(code);
    }

    /** The share of the fund's contributions it has committed to projects, from the books the viewer may see. */
    private String committedShare(String fund, LocalDate today, Formats words) {
        FundStatus status = reports.status(fund, today);
        if (status.contributionsUsd().signum() <= 0 || status.allocatedUsd().signum() <= 0) {
            return words.message("funding.home.donor.noneVisible");
        }
        return words.percent(status.allocatedUsd().doubleValue() / status.contributionsUsd().doubleValue(), 1);
    }
}
