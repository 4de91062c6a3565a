package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A review of the conditions on which the mission's presence depends: the indicators' values at that time, the
 * assessment, and the decision it led to.
 *
 * @param meeting the meeting it was held for; null when none
 * @param decision the decision it led to; null when none is recorded
 */
public record ConditionsReview(UUID id, LocalDate reviewedOn, String title, UUID meeting, String assessment,
        UUID decision, List<IndicatorValue> indicators, Provenance provenance, Marking marking, long version)
        implements Marked {

    public ConditionsReview {
        indicators = List.copyOf(indicators);
    }
}
