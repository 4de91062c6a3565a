package org.resolute.force.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.resolute.force.domain.OfferStatus;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A nation's offer of people against a requirement, for a period within the requirement's.
 *
 * @param nation ISO 3166 alpha-3 code of the offering nation
 * @param marking by default MISSION, releasable to the offering nation, so its own staff see it
 */
public record Offer(UUID id, UUID requirementId, String nation, int quantity, LocalDate from, LocalDate until,
        OfferStatus status, Provenance provenance, Marking marking, Instant recordedAt) implements Marked {

    public Offer withStatus(OfferStatus next) {
        return new Offer(id, requirementId, nation, quantity, from, until, next, provenance, marking, recordedAt);
    }
}
