package org.resolute.mission.domain;

import java.util.List;
import java.util.Optional;

import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commands and locations, read from the mission's tables (a few dozen rows: read whole). */
@Service
@Transactional(readOnly = true)
class PostureBook implements Posture {

    private final MissionTables tables;

    PostureBook(MissionTables tables) {
        this.tables = tables;
    }

    @Override
    public List<Command> commands() {
        return tables.commands();
    }

    @Override
    public Optional<Command> command(String code) {
        return tables.commands().stream().filter(command -> command.code().equalsIgnoreCase(code)).findFirst();
    }

    @Override
    public List<Location> locations() {
        return tables.locations();
    }

    @Override
    public Optional<Location> location(String code) {
        return tables.locations().stream().filter(location -> location.code().equalsIgnoreCase(code)).findFirst();
    }
}
