package org.resolute.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A fund's public figure: contributions received since it began, up to a date. */
public record PublicFund(String code, String name, BigDecimal cumulativeContributionsUsd, LocalDate asOf) {
}
