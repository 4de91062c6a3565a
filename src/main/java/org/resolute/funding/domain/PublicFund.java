package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.resolute.kernel.Provenance;

/**
 * A fund's published figure: contributions received since it began, up to a date, over all its receipts whatever
 * their markings. It is the same for every reader, signed in or not, and is shown as a published figure with its
 * provenance, unlike the figures of fund status, which are computed from the records their reader may see.
 *
 * @param published always true: this figure is published, not computed for its reader
 * @param provenance the fund's books up to the date, and how exact the receipts behind it are
 */
public record PublicFund(String code, String name, BigDecimal cumulativeContributionsUsd, LocalDate asOf,
        boolean published, Provenance provenance) {
}
