package org.resolute.advising;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A post for an advisor that survives rotations: its nation, command and location, functional area, the host
 * institution and counterpart positions it advises, and who held it when.
 */
@NamedInterface("api")
public record AdvisorPosition(UUID id, String title, String nation, String command, String location, String area,
        String institution, List<String> counterparts, List<PositionAssignment> assignments, long version) {

    public AdvisorPosition {
        counterparts = List.copyOf(counterparts);
        assignments = List.copyOf(assignments);
    }

    /** Who holds the position on the date, if anyone. */
    public Optional<PositionAssignment> holderOn(LocalDate date) {
        return assignments.stream().filter(assignment -> assignment.covers(date)).findFirst();
    }

    /** A person in the position from a date, until a date or still. */
    public record PositionAssignment(UUID person, String personName, LocalDate from, LocalDate until) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }
    }
}
