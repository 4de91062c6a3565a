package org.resolute.funding.web;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.funding.api.ContributionQuery;
import org.resolute.funding.domain.FundBook;
import org.resolute.funding.domain.NewReceipt;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.Receipts;
import org.resolute.funding.domain.Recorded;
import org.resolute.kernel.Ids;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Roles;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
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
    private final FundBook register;
    private final MessageSource messages;

    ReceiptsPage(Receipts receipts, FundBook register, MessageSource messages) {
        this.receipts = receipts;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/funding/receipts")
    String list(ContributionQuery query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model) {
        model.addAttribute("result", receipts.search(ContributionFilterBar.addTo(query, model, register), new PageQuery(page, 25, sort)));
        model.addAttribute("formKey", Ids.next().toString());
        return "funding/receipts";
    }

    @PostMapping("/funding/receipts")
    @PreAuthorize(Roles.FUND_MANAGERS_AND_ADMINISTRATORS)
    String record(ReceiptForm form, HttpServletRequest request, RedirectAttributes redirect) {
        FormCheck check = new FormCheck(request);
        NewReceipt read = form.read(check);
        Recorded<Receipt> recorded = read == null ? null : check.read(() -> receipts.record(read));
        if (recorded == null) {
            return check.back(redirect, "/funding/receipts");
        }
        Receipt receipt = recorded.record();
        Formats formats = Formats.forReader(messages);
        String rate = formats.decimal(receipt.usdPerUnit(),
                Math.max(2, receipt.usdPerUnit().stripTrailingZeros().scale()));
        redirect.addFlashAttribute("notice", Notice.of(recorded.replayed() ? "funding.receipt.notice.replayed"
                : "funding.receipt.notice.recorded", formats.moneyExact(receipt.amount()),
                formats.moneyExact(receipt.usd()), rate, formats.date(receipt.rateDate())));
        return "redirect:/funding/receipts?fund=" + receipt.fund() + "&donor=" + receipt.donor();
    }
}
