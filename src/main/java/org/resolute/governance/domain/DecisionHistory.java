package org.resolute.governance.domain;

import java.util.List;

/**
 * A decision read with everything around it.
 *
 * @param meeting the meeting that took it; null when none is recorded or visible
 * @param history the commitment it belongs to and every reaffirmation of it, oldest first
 */
public record DecisionHistory(Decision decision, Meeting meeting, List<DecisionEffect> effects,
        List<Reaffirmed> history) {

    public DecisionHistory {
        effects = List.copyOf(effects);
        history = List.copyOf(history);
    }

    /** One step of a commitment's history: the decision and the meeting where it was taken. */
    public record Reaffirmed(Decision decision, Meeting meeting) {
    }
}
