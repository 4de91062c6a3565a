package org.resolute.partnership.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action agreed at an activity, with who owns it and when it is due.
 *
 * @param closedOn the day it was closed; null while open
 */
public record FollowUp(UUID id, UUID activity, String action, String owner, LocalDate dueOn,
        @Nullable LocalDate closedOn,
        @Nullable String closingNote, long version) {

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Open and past its due day. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
