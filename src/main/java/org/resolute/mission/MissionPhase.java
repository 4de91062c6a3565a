package org.resolute.mission;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A stretch of the mission's life, such as its train-advise-assist years or its withdrawal.
 *
 * @param until the last day of the phase; null while it lasts or when no source states its end
 */
@NamedInterface("api")
public record MissionPhase(UUID id, String mission, String name, LocalDate from, LocalDate until,
        String description, Provenance provenance) {
}
