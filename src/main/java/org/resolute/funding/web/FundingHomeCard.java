package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.funding.FundReports;
import org.resolute.funding.PublicFund;
import org.resolute.kernel.HomeCard;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Signed-in staff see on their home page what the ANA Trust Fund has received, from its books: the published total,
 * the same for every reader, labelled as such (the figures computed for the reader are on the funding page). The
 * card is worded in the reader's language, as the page that shows it is.
 */
@Component
class FundingHomeCard implements HomeCard.Source {

    private final FundReports reports;
    private final MessageSource messages;
    private final Clock clock;

    FundingHomeCard(FundReports reports, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cardsFor(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return List.of();
        }
        Formats formats = new Formats(LocaleContextHolder.getLocale(), messages);
        return reports.publicTotals(LocalDate.now(clock)).stream().filter(fund -> fund.code().equals("ANATF"))
                .findFirst().map(fund -> card(fund, formats)).map(List::of).orElse(List.of());
    }

    private static HomeCard card(PublicFund fund, Formats formats) {
        return new HomeCard(formats.message("funding.home.title"),
                formats.money(fund.cumulativeContributionsUsd(), "USD"),
                formats.message("funding.home.caption", formats.date(fund.asOf()),
                        formats.name(fund.provenance().status())), "/transparency");
    }
}
