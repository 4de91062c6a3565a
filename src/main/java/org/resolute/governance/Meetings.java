package org.resolute.governance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;

/** The meetings recorded, limited to what the current viewer may see; administrators record them. */
public interface Meetings {

    /** The fields {@link #search} sorts by. */
    List<String> SORT_FIELDS = List.of("startsOn", "title", "kind", "place");

    PageResult<Meeting> search(GovernanceFilter filter, PageQuery page);

    /** Every visible meeting matching the filter, oldest first. */
    List<Meeting> list(GovernanceFilter filter);

    Optional<Meeting> find(UUID id);

    /** Records a meeting (ADMIN); {@link org.resolute.kernel.InvalidInput} names the field at fault. */
    Meeting record(NewMeeting meeting);
}
