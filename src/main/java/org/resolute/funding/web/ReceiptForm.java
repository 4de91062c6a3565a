package org.resolute.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.resolute.funding.domain.NewReceipt;
import org.resolute.kernel.Money;

/**
 * The receipt form as the fund manager typed it, read field by field like the pledge form; its idempotency key,
 * made when the form was shown, records the receipt once however often the form is sent.
 */
record ReceiptForm(@Nullable String idempotencyKey, @Nullable String donor, @Nullable String fund,
        @Nullable String pledgeYear, @Nullable String amount, @Nullable String currency, @Nullable String valueDate,
        @Nullable String bankReference) {

    /** The receipt, or null when a field was refused (the check then holds why). */
    @Nullable NewReceipt read(FormCheck check) {
        String key = check.read(() -> PledgeForm.required("idempotencyKey", idempotencyKey));
        String donorCode = check.read(() -> PledgeForm.required("donor", donor));
        String fundCode = check.read(() -> PledgeForm.required("fund", fund));
        Integer year = check.read(() -> pledgeYear == null || pledgeYear.isBlank() ? null
                : PledgeForm.year("pledgeYear", pledgeYear));
        BigDecimal value = check.read(() -> PledgeForm.amount("amount", amount));
        Currency code = check.read(() -> PledgeForm.currency("currency", currency));
        LocalDate on = check.read(() -> PledgeForm.date("valueDate", valueDate));
        String reference = check.read(() -> PledgeForm.required("bankReference", bankReference));
        if (check.refused()) {
            return null;
        }
        return check.read(() -> new NewReceipt(key, donorCode, fundCode, null, year, new Money(value, code), on,
                reference, null, null));
    }
}
