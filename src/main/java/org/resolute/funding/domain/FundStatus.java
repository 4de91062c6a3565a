package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A fund's sources and uses on a date, from its books: contributions received (sources); allocated to projects,
 * disbursed to them and spent by them (uses); what is left unallocated, and the cash held in each currency with
 * its US dollar value on that date.
 *
 * @param cashUsd the cash of every currency that could be valued, in US dollars
 */
public record FundStatus(String fund, String name, LocalDate asOf, BigDecimal contributionsUsd,
        BigDecimal allocatedUsd, BigDecimal disbursedUsd, BigDecimal expendedUsd, BigDecimal unallocatedUsd,
        List<CashHolding> cash, BigDecimal cashUsd) {

    public FundStatus {
        cash = List.copyOf(cash);
    }
}
