package org.resolute.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.resolute.funding.domain.NewPosting;
import org.resolute.funding.domain.PostingLine;
import org.resolute.funding.domain.Side;
import org.resolute.kernel.Amount;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;
import org.resolute.reference.CurrencyCode;

/** A posting as the API takes it; the idempotency key comes in the Idempotency-Key header. */
record PostingRequest(LocalDate valueDate, @Size(max = 400) String description, @Size(max = 200) String sourceRef,
        @Valid List<Line> lines) {

    NewPosting toNew(String idempotencyKey) {
        if (lines == null) {
            throw new InvalidInput("lines", "a posting needs at least two lines");
        }
        return new NewPosting(idempotencyKey, valueDate, description, sourceRef,
                lines.stream().map(Line::toLine).toList());
    }

    /** One line: account id, DEBIT or CREDIT, amount and ISO 4217 currency. */
    record Line(@Size(max = 120) String account, Side side, @Amount BigDecimal amount,
            @CurrencyCode String currency) {

        PostingLine toLine() {
            return new PostingLine(account, side, Money.typed(amount, currency, "lines"));
        }
    }
}
