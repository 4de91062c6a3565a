package org.resolute.funding.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/**
 * A receipt to record. Without a pledge it pays the donor's pledge year given (or the value date's year).
 *
 * @param idempotencyKey the request's key: the receipt is recorded once whatever the retries
 */
public record NewReceipt(String idempotencyKey, String donor, String fund, UUID pledge, Integer pledgeYear,
        Money amount, LocalDate valueDate, String bankReference, Provenance provenance, Marking marking) {

    public NewReceipt {
        if (amount == null || amount.amount().signum() <= 0) {
            throw new InvalidInput("amount", "funding.error.amount.positive", "a receipt needs an amount above zero");
        }
        if (valueDate == null) {
            throw new InvalidInput("valueDate", "error.required", "a receipt needs its value date");
        }
        if (bankReference == null || bankReference.isBlank() || bankReference.length() > 100) {
            throw new InvalidInput("bankReference", "funding.error.bankReference",
                    "a receipt needs the bank's reference (at most 100 characters)");
        }
    }
}
