package org.resolute.funding.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.FundStatus;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection.Line;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.stereotype.Component;

/**
 * The funds on the home page: each fund's contributions received, what it has committed to projects and the cash
 * it holds today, from its books as far as the viewer may see them (the fund status page's figures). A donor's
 * representative sees their own contributions instead ({@link DonorHomeSection}).
 */
@Component
class FundingHomeSection implements HomeSection.Source {

    static final String USD = "USD";

    private final FundBook register;
    private final FundReports reports;
    private final Clock clock;

    FundingHomeSection(FundBook register, FundReports reports, Clock clock) {
        this.register = register;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        LocalDate today = LocalDate.now(clock);
        List<FundStatus> funds = register.funds().stream().map(fund -> reports.status(fund.code(), today)).toList();
        BigDecimal received = funds.stream().map(FundStatus::contributionsUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cash = funds.stream().map(FundStatus::cashUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Figure> figures = funds.isEmpty() ? List.of() : List.of(
                new Figure(words.message("funding.home.received"), words.money(received, USD),
                        words.message("funding.home.allFunds", funds.size()), false),
                new Figure(words.message("funding.home.cash"), words.money(cash, USD),
                        words.message("funding.home.asOf", words.date(today)), false));
        List<Line> lines = funds.stream().map(fund -> new Line(fund.name(),
                "/funding/reconciliation?fund=" + fund.fund(),
                List.of(words.money(fund.contributionsUsd(), USD), words.money(fund.allocatedUsd(), USD),
                        words.money(fund.cashUsd(), USD)), false)).toList();
        return Optional.of(HomeSection.of("funding", 30, words.message("funding.home.title"), "/funding",
                words.message("funding.home.link"), figures, words.message("funding.home.note"))
                .withLines(List.of(words.message("funding.home.received"), words.message("funding.home.committed"),
                        words.message("funding.home.cash")), lines, words.message("funding.home.empty")));
    }
}
