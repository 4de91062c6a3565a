package org.resolute.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A decision or commitment, the meeting that took it, and when it is in effect.
 *
 * @param meeting the meeting that took it; null when the sources tie it to no recorded meeting
 * @param decidedOn the day it was taken
 * @param effectiveFrom the first day in effect; null when the sources give none
 * @param effectiveUntil the last day in effect; null while open-ended ("until conditions indicate a change")
 * @param reaffirms the commitment this one reaffirms; null for an original decision
 */
public record Decision(UUID id, UUID meeting, DecisionKind kind, String title, String text, LocalDate decidedOn,
        LocalDate effectiveFrom, LocalDate effectiveUntil, UUID reaffirms, Provenance provenance, Marking marking,
        long version) implements Marked {

    public boolean isReaffirmation() {
        return reaffirms != null;
    }
}
