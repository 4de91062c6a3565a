package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.resolute.force.Assignment;
import org.resolute.force.domain.OfferStatus;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;

/**
 * An offer to record against a requirement. With no period it takes the requirement's; with no marking it is
 * MISSION, releasable to the offering nation; with no status it is OFFERED.
 */
public record NewOffer(String nation, Integer quantity, LocalDate from, LocalDate until, OfferStatus status,
        Marking marking, Provenance provenance) {

    public NewOffer {
        nation = Assignment.required("nation", nation).toUpperCase(Locale.ROOT);
        if (quantity == null || quantity <= 0) {
            throw new InvalidInput("quantity", "force.error.quantity",
                    "quantity must be a whole number of people above 0");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new InvalidInput("until", "force.error.untilBeforeFrom",
                    "until " + until + " is before from " + from);
        }
        status = status == null ? OfferStatus.OFFERED : status;
        if (status == OfferStatus.WITHDRAWN) {
            throw new InvalidInput("status", "an offer is recorded as OFFERED or ACCEPTED, not WITHDRAWN");
        }
        if (provenance == null) {
            throw new InvalidInput("provenance", "an offer needs its source");
        }
    }

    /** The marking to store: the one given, or MISSION releasable to the offering nation. */
    public Marking markingOrDefault(String nationCode) {
        return marking != null ? marking
                : Marking.of(Classification.MISSION, List.of(nationCode));
    }
}
