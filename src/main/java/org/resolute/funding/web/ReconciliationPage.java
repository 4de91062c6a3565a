package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.funding.api.ContributionQuery;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.kernel.web.InlinePdf;
import org.resolute.kernel.web.ShownPage;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Reconciliation from pledge to receipt, and each donor's statement as a PDF. */
@Controller
class ReconciliationPage {

    private static final int PAGE_SIZE = 25;

    private final FundReports reports;
    private final FundBook register;
    private final MessageSource messages;
    private final Clock clock;

    ReconciliationPage(FundReports reports, FundBook register, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/funding/reconciliation")
    String reconciliation(ContributionQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
        List<ReconciliationLine> lines = reports.reconcile(ContributionFilterBar.addTo(query, model, register));
        model.addAttribute("result", ShownPage.of(lines, page, PAGE_SIZE));
        model.addAttribute("totals", ReconciliationTotals.of(lines));
        return "funding/reconciliation";
    }

    /** The donor's statement: its pledges against its receipts, as far as the viewer may see them. */
    @GetMapping("/funding/donors/{code}/statement.pdf")
    ResponseEntity<byte[]> statement(@PathVariable String code) {
        var donor = register.donor(code);
        List<ReconciliationLine> lines = reports.reconcile(new ContributionFilter(donor.code(), null, null));
        byte[] pdf = DonorStatement.pdf(donor, lines, LocalDate.now(clock),
                Formats.forReader(messages));
        return InlinePdf.of("statement-" + donor.code() + ".pdf", pdf);
    }
}
