package org.resolute.governance.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Provenance;

/**
 * An indicator's value at the time of a review.
 *
 * @param value the value as shown, e.g. "9,592 of 11,000 troops (87.2 %)"
 * @param figure the value as a number where it is one (troops, a rating), else null
 */
public record IndicatorValue(IndicatorKind kind, String name, String value, @Nullable BigDecimal figure,
        Provenance provenance) {
}
