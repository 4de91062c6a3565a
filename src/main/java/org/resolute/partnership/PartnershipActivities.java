package org.resolute.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * The partnership and its activities as other modules read them (the governance timeline), always limited to what
 * the current viewer may see.
 */
@NamedInterface("api")
public interface PartnershipActivities {

    /** The partnership itself; empty before it is recorded. */
    Optional<PartnershipRecord> partnership();

    /** Every visible activity matching the filter, oldest first: for calendars, reports and timelines. */
    List<PartnershipActivity> list(ActivityFilter filter);
}
