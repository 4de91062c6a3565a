package org.resolute.reference.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.reference.Membership;
import org.resolute.reference.domain.NationStatus;

/**
 * A nation and its NATO standing on {@code date}.
 *
 * @param status ALLY, OPERATIONAL_PARTNER, or null when it was neither
 * @param membership the period that gives the status, with its provenance; null when there is none
 */
record NationResponse(String code, String alpha2, String name, LocalDate date, @Nullable String status,
        @Nullable MembershipResponse membership) {

    static NationResponse of(NationStatus status) {
        Membership membership = status.membership();
        return new NationResponse(status.nation().code(), status.nation().alpha2(), status.nation().name(),
                status.date(), membership == null ? null : membership.kind().name(),
                membership == null ? null : MembershipResponse.of(membership));
    }
}
