package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;

/**
 * A decision to record. The day decided is the meeting's last day when null; a reaffirmation names the
 * commitment it reaffirms; the marking is PUBLIC when null.
 *
 * @param ceiling a new mission troop ceiling the decision sets, recorded in the mission module; null for none
 */
public record NewDecision(UUID meeting, DecisionKind kind, String title, String text, LocalDate decidedOn,
        LocalDate effectiveFrom, LocalDate effectiveUntil, UUID reaffirms, String source, LocalDate asOf,
        ProvenanceStatus status, Marking marking, CeilingChange ceiling) {
}
