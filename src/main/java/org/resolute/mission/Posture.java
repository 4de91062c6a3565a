package org.resolute.mission;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** The mission's structure for other modules: its commands (hub and spokes) and their locations. */
@NamedInterface("api")
public interface Posture {

    List<Command> commands();

    Optional<Command> command(String code);

    List<Location> locations();

    Optional<Location> location(String code);
}
