package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * US dollars per unit of a currency on a date, from a named source.
 *
 * @param provenance where the rate comes from and how far it can be trusted, shown beside every conversion
 */
public record ExchangeRate(String currency, LocalDate rateDate, String source, BigDecimal usdPerUnit,
        String provenance) {
}
