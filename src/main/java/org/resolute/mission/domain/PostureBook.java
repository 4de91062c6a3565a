package org.resolute.mission.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
        return byCode(tables.commands(), Command::code, code);
    }

    @Override
    public List<Location> locations() {
        return tables.locations();
    }

    @Override
    public Optional<Location> location(String code) {
        return byCode(tables.locations(), Location::code, code);
    }

    /** The one whose code is the one asked for, in any case (users type codes as they like). */
    private static <T> Optional<T> byCode(List<T> all, Function<T, String> codeOf, String code) {
        return all.stream().filter(each -> codeOf.apply(each).equalsIgnoreCase(code)).findFirst();
    }
}
