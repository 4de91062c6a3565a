package org.resolute.reference.api;

import java.util.List;

import org.resolute.reference.Membership;
import org.resolute.reference.Nation;

/** A nation and every period in which it was an Ally or operational partner, oldest first. */
record NationHistoryResponse(String code, String alpha2, String name, List<MembershipResponse> memberships) {

    static NationHistoryResponse of(Nation nation, List<Membership> history) {
        return new NationHistoryResponse(nation.code(), nation.alpha2(), nation.name(),
                history.stream().map(MembershipResponse::of).toList());
    }
}
