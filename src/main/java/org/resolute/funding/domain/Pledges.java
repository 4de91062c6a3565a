package org.resolute.funding.domain;

import java.util.List;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** Donors' pledges and their confirmation at Board plenaries; every read shows only what the viewer may see. */
public interface Pledges {

    Pledge announce(NewPledge pledge);

    /** Confirms an announced pledge at a Board meeting of its fund; a pledge is confirmed once. */
    Pledge confirm(UUID pledge, UUID boardMeeting);

    Pledge cancel(UUID pledge);

    Pledge get(UUID id);

    PageResult<Pledge> search(ContributionFilter filter, PageQuery page);

    List<Pledge> list(ContributionFilter filter);

    List<Pledge> confirmedAt(UUID boardMeeting);
}
