package org.resolute.advising.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A rating of an institution's capability in a functional area, by whom and when, with the engagements that are
 * its evidence.
 */
public record CapabilityAssessment(UUID id, String institution, String area, CapabilityRating rating,
        LocalDate assessedOn, String assessor, String rationale, List<UUID> evidence, Instant recordedAt,
        Provenance provenance, Marking marking) implements Marked {

    public CapabilityAssessment {
        evidence = List.copyOf(evidence);
    }
}
