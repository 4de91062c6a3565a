package org.resolute.force.domain;

import java.time.Clock;
import java.time.LocalDate;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Viewers;

/** The provenance of what a user records by hand: the source they name, or their own entry, on the day. */
public final class EnteredBy {

    /** The longest source the force module's tables store. */
    public static final int MAX_SOURCE = 200;

    private EnteredBy() {
    }

    public static Provenance provenance(String source, Clock clock) {
        String named = source == null || source.isBlank() ? "entered by " + Viewers.current().username()
                : source.trim();
        if (named.length() > MAX_SOURCE) {
            throw new InvalidInput("source", "source is longer than " + MAX_SOURCE + " characters");
        }
        return new Provenance(named, LocalDate.now(clock), ProvenanceStatus.EXACT);
    }
}
