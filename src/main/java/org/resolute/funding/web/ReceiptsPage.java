package org.resolute.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.resolute.funding.FundRegister;
import org.resolute.funding.MarkingText;
import org.resolute.funding.NewReceipt;
import org.resolute.funding.PledgeFilter;
import org.resolute.funding.Receipt;
import org.resolute.funding.Receipts;
import org.resolute.funding.Recorded;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Receipts: the list, and the form fund managers record one with. The form carries an idempotency key made when
 * it is shown, so sending it twice records the receipt once.
 */
@Controller
class ReceiptsPage {

    private final Receipts receipts;
    private final FundRegister register;

    ReceiptsPage(Receipts receipts, FundRegister register) {
        this.receipts = receipts;
        this.register = register;
    }

    @GetMapping("/funding/receipts")
    String list(@RequestParam(defaultValue = "") String donor, @RequestParam(defaultValue = "") String fund,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model) {
        PledgeFilter filter = new PledgeFilter(donor, fund, year);
        model.addAttribute("filter", filter);
        model.addAttribute("result", receipts.search(filter, new PageQuery(page, 25, sort)));
        model.addAttribute("funds", register.funds());
        model.addAttribute("donors", register.donors());
        model.addAttribute("formKey", Ids.next().toString());
        return "funding/receipts";
    }

    @PostMapping("/funding/receipts")
    @PreAuthorize(PledgesPage.FUND_MANAGER)
    String record(@RequestParam String idempotencyKey, @RequestParam String donor, @RequestParam String fund,
            @RequestParam(required = false) Integer pledgeYear, @RequestParam BigDecimal amount,
            @RequestParam String currency,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate valueDate,
            @RequestParam String bankReference, @RequestParam(defaultValue = "") String classification,
            RedirectAttributes redirect) {
        try {
            Recorded<Receipt> recorded = receipts.record(new NewReceipt(idempotencyKey, donor, fund, null,
                    pledgeYear, PledgesPage.money(amount, currency), valueDate, bankReference, null,
                    MarkingText.parse(classification, "")));
            Receipt receipt = recorded.record();
            redirect.addFlashAttribute("message", (recorded.replayed() ? "Already recorded: " : "Receipt recorded: ")
                    + receipt.amount() + " = " + receipt.usd() + " at " + receipt.usdPerUnit() + " ("
                    + receipt.rateSource() + " rate of " + receipt.rateDate() + ")");
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/funding/receipts?fund=" + fund + "&donor=" + donor;
    }
}
