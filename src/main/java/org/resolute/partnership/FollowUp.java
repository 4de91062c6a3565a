package org.resolute.partnership;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An action agreed at an activity, with who owns it and when it is due.
 *
 * @param closedOn the day it was closed; null while open
 */
public record FollowUp(UUID id, UUID activity, String action, String owner, LocalDate dueOn, LocalDate closedOn,
        String closingNote, long version) {

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Open and past its due day. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
