package org.resolute.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.resolute.funding.NewPosting;
import org.resolute.funding.PostingLine;
import org.resolute.funding.Side;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Money;

/** A posting as the API takes it; the idempotency key comes in the Idempotency-Key header. */
record PostingRequest(LocalDate valueDate, String description, String sourceRef, List<Line> lines) {

    NewPosting toNew(String idempotencyKey) {
        if (lines == null) {
            throw new InvalidInput("lines", "a posting needs at least two lines");
        }
        return new NewPosting(idempotencyKey, valueDate, description, sourceRef,
                lines.stream().map(Line::toLine).toList());
    }

    /** One line: account id, DEBIT or CREDIT, amount and ISO 4217 currency. */
    record Line(String account, Side side, BigDecimal amount, String currency) {

        PostingLine toLine() {
            if (amount == null || currency == null) {
                throw new InvalidInput("lines", "every line needs an amount and a currency");
            }
            try {
                return new PostingLine(account, side, new Money(amount, java.util.Currency.getInstance(currency)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("lines", e.getMessage() == null ? "unknown currency " + currency
                        : e.getMessage());
            }
        }
    }
}
