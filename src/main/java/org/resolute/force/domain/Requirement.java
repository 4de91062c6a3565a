package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.force.Activity;
import org.resolute.force.domain.FillState;
import org.resolute.force.domain.OfferStatus;
import org.resolute.force.domain.Requirements;
import org.resolute.kernel.Marked;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * A requirement: one line of the Combined Joint Statement of Requirements (CJSOR), with its fill from the offers
 * recorded against it.
 *
 * @param reference the line's code, e.g. CJSOR-0042
 * @param quantity people asked for
 * @param command the code of the command it serves (mission module), e.g. TAAC-N
 * @param location the code of the location (mission module), e.g. MAZAR
 * @param priority 1 (highest) to 5
 * @param accepted people in accepted offers
 * @param offered people in offers made and not yet accepted
 */
public record Requirement(UUID id, String reference, String capability, Activity activity, int quantity,
        String command, String location, LocalDate from, LocalDate until, int priority, int accepted, int offered,
        FillState fillState, Provenance provenance, Marking marking, long version) implements Marked {

    /** People still missing once the accepted offers are counted; 0 when filled. */
    public int shortfall() {
        return Math.max(quantity - accepted, 0);
    }

    /** This requirement with one more offer counted in its fill. */
    /** The same requirement at another version, for a change made of several steps that counts as one. */
    public Requirement withVersion(long newVersion) {
        return new Requirement(id, reference, capability, activity, quantity, command, location, from, until,
                priority, accepted, offered, fillState, provenance, marking, newVersion);
    }

    public Requirement counting(OfferStatus status, int people) {
        int newAccepted = accepted + (status == OfferStatus.ACCEPTED ? people : 0);
        int newOffered = offered + (status == OfferStatus.OFFERED ? people : 0);
        return new Requirement(id, reference, capability, activity, quantity, command, location, from, until,
                priority, newAccepted, newOffered, FillState.of(quantity, newAccepted), provenance, marking,
                version + 1);
    }

    public boolean covers(LocalDate start, LocalDate end) {
        return !start.isBefore(from) && !end.isAfter(until);
    }
}
