package org.resolute.mission;

import java.time.LocalDate;

import org.resolute.kernel.Provenance;

/** A dated event in the mission's life, drawn from its record, legal instruments, phases and ceilings. */
public record Milestone(LocalDate date, String event, Provenance provenance) {
}
