package org.resolute.governance.domain;

import java.time.LocalDate;

import org.resolute.kernel.ProvenanceStatus;

/**
 * A new mission troop ceiling that a decision sets; the mission module records it and names the decision.
 *
 * @param until the last day in force; null when the decision sets no end
 * @param source the source that states the figure; the decision's source when null
 */
public record CeilingChange(Integer troops, LocalDate from, LocalDate until, String source,
        ProvenanceStatus status) {
}
