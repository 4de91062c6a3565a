package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/**
 * Money a fund received from a donor, in the currency it came in, with its US dollar value at the named rate on
 * the value date, and the posting that put it in the books.
 *
 * @param pledgeYear the year of the pledge it pays
 */
public record Receipt(UUID id, String donor, String fund, @Nullable UUID pledge, int pledgeYear, Money amount,
        LocalDate valueDate, String bankReference, Money usd, BigDecimal usdPerUnit, String rateSource,
        LocalDate rateDate, UUID posting, Provenance provenance, Marking marking) implements Marked {

    /** This receipt booked by its posting (a draft has none until the ledger answers). */
    public Receipt postedAs(UUID posting) {
        return new Receipt(id, donor, fund, pledge, pledgeYear, amount, valueDate, bankReference, usd, usdPerUnit,
                rateSource, rateDate, posting, provenance, marking);
    }
}
