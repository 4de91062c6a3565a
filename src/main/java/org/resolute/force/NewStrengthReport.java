package org.resolute.force;

import java.time.LocalDate;

import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/** A strength report as a planner records it or a CSV line states it, before it is checked and stored. */
@NamedInterface("api")
public record NewStrengthReport(String nation, String command, String location, LocalDate reportDate, int troops,
        Provenance provenance, Marking marking) {
}
