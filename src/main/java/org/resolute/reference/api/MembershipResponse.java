package org.resolute.reference.api;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.resolute.reference.Membership;

/**
 * A membership period.
 *
 * @param until the day the period ended (exclusive), or null while it lasts
 * @param source the source id in /api/v1/sources, or "public record" where no listed source states it
 * @param provenanceStatus how far the period can be taken at its word (exact, approximate, ...)
 * @param toVerify whether the data flags it to be checked against a primary source
 */
record MembershipResponse(String kind, LocalDate since, @Nullable LocalDate until, String source, String provenanceStatus,
        boolean toVerify, @Nullable String statusNote, @Nullable String note) {

    static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.kind().name(), membership.since(), membership.until(),
                membership.provenance().source(), membership.provenance().status().name(), membership.toVerify(),
                membership.statusNote(), membership.note());
    }
}
