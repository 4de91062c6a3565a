package org.resolute.force.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.resolute.force.domain.EnteredBy;
import org.resolute.force.domain.NewOffer;
import org.resolute.force.domain.OfferStatus;
import org.resolute.kernel.Marking;
import org.resolute.reference.NationCode;
import org.resolute.reference.NationCodes;

/**
 * An offer against a requirement.
 *
 * @param nation ISO 3166 alpha-3 code of the offering nation
 * @param from first day; the requirement's when empty
 * @param until last day; the requirement's when empty
 * @param status OFFERED (the default) or ACCEPTED
 * @param classification MISSION when empty, then releasable to the offering nation
 */
record OfferRequest(@NationCode String nation, @PositiveOrZero Integer quantity, LocalDate from, LocalDate until,
        OfferStatus status,
        @Size(max = 20) String classification, @Size(max = 400) @NationCodes String releasableTo,
        @Size(max = 200) String source) {

    NewOffer toNew(Clock clock) {
        // no marking typed: NewOffer gives it the offering nation's default
        return new NewOffer(nation, quantity, from, until, status,
                Marking.typed(classification, releasableTo).orElse(null), EnteredBy.provenance(source, clock));
    }
}
