package org.resolute.governance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;

/**
 * A conditions review to record. Strength against the ceiling is computed on the review day when asked for;
 * the other indicators are recorded as given. The marking is MISSION when null.
 */
public record NewReview(LocalDate reviewedOn, String title, UUID meeting, String assessment, UUID decision,
        boolean withStrengthAgainstCeiling, List<Indicator> indicators, String source, LocalDate asOf,
        ProvenanceStatus status, Marking marking) {

    public NewReview {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** A recorded indicator value with its own source. */
    public record Indicator(IndicatorKind kind, String name, String value, BigDecimal figure, String source,
            LocalDate asOf, ProvenanceStatus status) {
    }
}
