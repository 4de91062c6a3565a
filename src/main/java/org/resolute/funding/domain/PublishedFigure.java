package org.resolute.funding.domain;

import java.math.BigDecimal;

import org.resolute.kernel.Provenance;

/** A figure a public source gives about the funds, as recorded from the facts table with its provenance. */
public record PublishedFigure(String fund, String scope, String metric, String period, BigDecimal amount,
        String currency, Provenance provenance, String note) {
}
