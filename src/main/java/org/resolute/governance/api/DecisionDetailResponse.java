package org.resolute.governance.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.resolute.governance.domain.DecisionEffect;
import org.resolute.governance.domain.DecisionHistory;

/**
 * A decision with its meeting, what it changed, and its commitment's history (the commitment and every
 * reaffirmation, oldest first, each with the meeting's title).
 */
record DecisionDetailResponse(DecisionResponse decision, @Nullable String meeting, List<DecisionEffect> effects,
        List<Step> history) {

    /** A step of the history. */
    record Step(DecisionResponse decision, @Nullable String meeting) {
    }

    static DecisionDetailResponse of(DecisionHistory detail) {
        return new DecisionDetailResponse(DecisionResponse.of(detail.decision()),
                detail.meeting() == null ? null : detail.meeting().title(), detail.effects(),
                detail.history().stream().map(step -> new Step(DecisionResponse.of(step.decision()),
                        step.meeting() == null ? null : step.meeting().title())).toList());
    }
}
