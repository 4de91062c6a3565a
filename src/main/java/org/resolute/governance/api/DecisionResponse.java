package org.resolute.governance.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionKind;
import org.resolute.kernel.Provenance;

/** A decision as the API answers it. */
record DecisionResponse(UUID id, @Nullable UUID meeting, DecisionKind kind, String title, String text,
        LocalDate decidedOn, @Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveUntil,
        @Nullable UUID reaffirms, Provenance provenance,
        String classification, String releasableTo) {

    static DecisionResponse of(Decision d) {
        return new DecisionResponse(d.id(), d.meeting(), d.kind(), d.title(), d.text(), d.decidedOn(),
                d.effectiveFrom(), d.effectiveUntil(), d.reaffirms(), d.provenance(),
                d.marking().classification().name(), d.marking().releasabilityText());
    }
}
