package org.resolute.funding.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.funding.FundRegister;
import org.resolute.funding.MarkingText;
import org.resolute.funding.NewPledge;
import org.resolute.funding.Pledge;
import org.resolute.funding.PledgeFilter;
import org.resolute.funding.Pledges;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.csv.CsvWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pledges: the filtered list and its CSV; fund managers announce, confirm at a Board meeting, cancel. */
@Controller
class PledgesPage {

    static final String FUND_MANAGER = "hasAnyRole('FUND_MANAGER', 'ADMIN')";

    private final Pledges pledges;
    private final FundRegister register;

    PledgesPage(Pledges pledges, FundRegister register) {
        this.pledges = pledges;
        this.register = register;
    }

    @GetMapping("/funding/pledges")
    String list(@RequestParam(defaultValue = "") String donor, @RequestParam(defaultValue = "") String fund,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model) {
        PledgeFilter filter = new PledgeFilter(donor, fund, year);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("result", pledges.search(filter, new PageQuery(page, 25, sort)));
        model.addAttribute("funds", register.funds());
        model.addAttribute("donors", register.donors());
        model.addAttribute("meetings", register.boardMeetings(filter.fund() == null ? "ANATF" : filter.fund()));
        return "funding/pledges";
    }

    @GetMapping("/funding/pledges.csv")
    void export(@RequestParam(defaultValue = "") String donor, @RequestParam(defaultValue = "") String fund,
            @RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"pledges.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = new CsvWriter(out).line("id", "donor", "fund", "first_year", "last_year", "annual_amount",
                "currency", "status", "announced_on", "board_meeting", "source", "provenance_status", "marking");
        for (Pledge pledge : pledges.list(new PledgeFilter(donor, fund, year))) {
            csv.line(pledge.id().toString(), pledge.donor(), pledge.fund(), "" + pledge.firstYear(),
                    "" + pledge.lastYear(), pledge.annualAmount().amount().toPlainString(),
                    pledge.annualAmount().currencyCode(), pledge.status().name(), pledge.announcedOn().toString(),
                    pledge.boardMeeting() == null ? "" : pledge.boardMeeting().toString(),
                    pledge.provenance().source(), pledge.provenance().status().name(), pledge.marking().toString());
        }
        out.flush();
    }

    @PostMapping("/funding/pledges")
    @PreAuthorize(FUND_MANAGER)
    String announce(@RequestParam String donor, @RequestParam String fund, @RequestParam int firstYear,
            @RequestParam(required = false) Integer lastYear, @RequestParam BigDecimal amount,
            @RequestParam String currency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate announcedOn,
            @RequestParam(defaultValue = "") String classification, RedirectAttributes redirect) {
        try {
            Pledge pledge = pledges.announce(new NewPledge(donor, fund, firstYear, lastYear == null ? 0 : lastYear,
                    money(amount, currency), announcedOn, null, MarkingText.parse(classification, "")));
            redirect.addFlashAttribute("message", "Pledge announced: " + pledge.donor() + " to " + pledge.fund()
                    + ", " + pledge.annualAmount() + " a year " + pledge.firstYear() + "-" + pledge.lastYear());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/funding/pledges?fund=" + fund + "&donor=" + donor;
    }

    @PostMapping("/funding/pledges/{id}/confirmation")
    @PreAuthorize(FUND_MANAGER)
    String confirm(@PathVariable UUID id, @RequestParam UUID boardMeeting, RedirectAttributes redirect) {
        try {
            Pledge pledge = pledges.confirm(id, boardMeeting);
            redirect.addFlashAttribute("message", "Pledge confirmed at the Board meeting of "
                    + register.boardMeeting(boardMeeting).heldOn());
            return "redirect:/funding/pledges?fund=" + pledge.fund() + "&donor=" + pledge.donor();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funding/pledges";
        }
    }

    @PostMapping("/funding/pledges/{id}/cancellation")
    @PreAuthorize(FUND_MANAGER)
    String cancel(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Pledge pledge = pledges.cancel(id);
            redirect.addFlashAttribute("message", "Pledge cancelled");
            return "redirect:/funding/pledges?fund=" + pledge.fund() + "&donor=" + pledge.donor();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/funding/pledges";
        }
    }

    @PostMapping("/funding/board-meetings")
    @PreAuthorize(FUND_MANAGER)
    String recordMeeting(@RequestParam String fund,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam String title, RedirectAttributes redirect) {
        try {
            register.recordBoardMeeting(fund, heldOn, title, null);
            redirect.addFlashAttribute("message", "Board meeting recorded: " + title + ", " + heldOn);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/funding/pledges?fund=" + fund;
    }

    static Money money(BigDecimal amount, String currency) {
        try {
            return new Money(amount, java.util.Currency.getInstance(currency.strip().toUpperCase(
                    java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("currency", "'" + currency + "' is not an ISO 4217 currency");
        }
    }
}
