package org.resolute.funding;

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
}
