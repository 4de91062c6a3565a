package org.resolute.partnership.domain;

import java.time.LocalDate;

/** A follow-up action to add to an activity. */
public record NewFollowUp(String action, String owner, LocalDate dueOn) {
}
