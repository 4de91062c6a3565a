package org.resolute.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.resolute.kernel.Money;

/**
 * A fund's sources and uses on a date, from its books: contributions received (sources); allocated to projects,
 * disbursed to them and spent by them (uses); what is left unallocated, and the cash held in each currency.
 */
public record FundStatus(String fund, String name, LocalDate asOf, BigDecimal contributionsUsd,
        BigDecimal allocatedUsd, BigDecimal disbursedUsd, BigDecimal expendedUsd, BigDecimal unallocatedUsd,
        List<Money> cash) {

    public FundStatus {
        cash = List.copyOf(cash);
    }
}
