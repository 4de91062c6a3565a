package org.resolute.reference.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.resolute.reference.Membership;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nation;

/**
 * A nation and how it stood with NATO on a date.
 *
 * @param membership the period covering the date, or null when the nation was neither Ally nor partner
 */
public record NationStatus(Nation nation, LocalDate date, Membership membership) {

    public Optional<MembershipKind> kind() {
        return Optional.ofNullable(membership).map(Membership::kind);
    }

    /** "Ally", "Operational partner" or "None". */
    public String label() {
        return kind().map(MembershipKind::label).orElse("None");
    }
}
