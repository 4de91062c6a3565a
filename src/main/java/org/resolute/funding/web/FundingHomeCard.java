package org.resolute.funding.web;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.funding.FundReports;
import org.resolute.funding.PublicFund;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Viewer;
import org.springframework.stereotype.Component;

/**
 * Signed-in staff see on their home page what the ANA Trust Fund has received, from its books: the published total,
 * the same for every reader, labelled as such (the figures computed for the reader are on the funding page).
 */
@Component
class FundingHomeCard implements HomeCard.Source {

    private final FundReports reports;
    private final Clock clock;

    FundingHomeCard(FundReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        return reports.publicTotals(LocalDate.now(clock)).stream().filter(fund -> fund.code().equals("ANATF"))
                .findFirst().map(FundingHomeCard::card).map(List::of).orElse(List.of());
    }

    private static HomeCard card(PublicFund fund) {
        return new HomeCard("ANA Trust Fund contributions", "USD " + NumberFormat.getIntegerInstance(Locale.ENGLISH)
                .format(fund.cumulativeContributionsUsd()), "published figure: received since 2007 from every donor, "
                + "from the fund's books as of " + fund.asOf() + " (" + fund.provenance().status().label() + ")",
                "/transparency");
    }
}
