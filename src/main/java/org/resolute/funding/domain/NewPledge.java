package org.resolute.funding.domain;

import java.time.LocalDate;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Money;
import org.resolute.kernel.Provenance;

/** A pledge as announced; it becomes CONFIRMED when a Board meeting confirms it. */
public record NewPledge(String donor, String fund, int firstYear, int lastYear, Money annualAmount,
        LocalDate announcedOn, Provenance provenance, Marking marking) {

    public NewPledge {
        if (firstYear < 2002 || firstYear > 2100) {
            throw new InvalidInput("firstYear", "funding.error.firstYear", "the first year is between 2002 and 2100");
        }
        if (lastYear == 0) {
            lastYear = firstYear;
        }
        if (lastYear < firstYear || lastYear > firstYear + 20) {
            throw new InvalidInput("lastYear", "funding.error.lastYear",
                    "the last year is the first year or up to 20 years after it");
        }
        if (annualAmount == null || annualAmount.amount().signum() <= 0) {
            throw new InvalidInput("amount", "funding.error.amount.positive", "a pledge needs an amount above zero");
        }
        if (announcedOn == null) {
            throw new InvalidInput("announcedOn", "error.required", "a pledge needs the date it was announced");
        }
    }
}
