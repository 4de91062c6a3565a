package org.resolute.funding.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.FundReports;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    String reconciliation(@RequestParam(defaultValue = "") String donor,
            @RequestParam(defaultValue = "") String fund, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ContributionFilter filter = ContributionFilterBar.addTo(model, register, donor, fund, year);
        List<ReconciliationLine> lines = reports.reconcile(filter);
        int shown = Math.max(0, Math.min(page, (lines.size() - 1) / PAGE_SIZE));
        model.addAttribute("result", new PageResult<>(lines.subList(shown * PAGE_SIZE,
                Math.min(lines.size(), (shown + 1) * PAGE_SIZE)), shown, PAGE_SIZE, lines.size()));
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
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("statement-" + donor.code() + ".pdf").build().toString())
                .body(pdf);
    }
}
