package org.resolute.governance;

import java.time.LocalDate;
import java.util.UUID;

/** Published when a decision is recorded. */
public record DecisionRecorded(UUID decision, String title, LocalDate decidedOn, UUID reaffirms) {
}
