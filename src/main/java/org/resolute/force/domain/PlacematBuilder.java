package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the placemat from the force as of its date: nations with their NATO standing on that date, and the hub
 * and spokes from the mission's posture with the troops reported at each.
 */
@Service
@Transactional(readOnly = true)
class PlacematBuilder implements Placemats {

    private final StrengthReports strength;
    private final Nations nations;
    private final Posture posture;

    PlacematBuilder(StrengthReports strength, Nations nations, Posture posture) {
        this.strength = strength;
        this.nations = nations;
        this.posture = posture;
    }

    @Override
    public Placemat on(LocalDate date) {
        StrengthPicture picture = strength.asOf(date);
        Map<String, Integer> byCommand = picture.byCommand();
        Map<String, String> names = nations.all().stream().collect(Collectors.toMap(Nation::code, Nation::name));
        Map<String, String> standings = standings(date);
        List<PlacematNation> lines = picture.nations().stream().map(nation -> new PlacematNation(nation.nation(),
                names.getOrDefault(nation.nation(), nation.nation()),
                standings.getOrDefault(nation.nation(), "Operational partner"), nation.troops(),
                nation.provenance())).toList();
        Map<String, Location> locations = posture.locations().stream()
                .collect(Collectors.toMap(Location::code, location -> location));
        List<PlacematCommand> commands = posture.commands().stream()
                .filter(command -> command.kind() == CommandKind.HUB || command.kind() == CommandKind.SPOKE)
                .filter(command -> locations.containsKey(command.location()))
                .map(command -> command(command, locations.get(command.location()),
                        byCommand.getOrDefault(command.code(), 0), names)).toList();
        return new Placemat(date, picture.totalTroops(), picture.nationCount(), lines, commands,
                picture.includesIllustrative());
    }

    /**
     * Each nation's standing on the date: its NATO membership period if it has one, else its status during the
     * mission as the contributors' list gives it; nations in neither are operational partners.
     */
    private Map<String, String> standings(LocalDate date) {
        Map<String, String> standings = new HashMap<>();
        nations.contributorsTo(Nations.RESOLUTE_SUPPORT).forEach(contributor -> standings.put(
                contributor.nation().code(), contributor.statusDuringMission().label()));
        nations.membershipsAt(date).forEach((code, membership) -> standings.put(code, membership.kind().label()));
        return standings;
    }

    private static PlacematCommand command(Command command, Location location, int troops,
            Map<String, String> names) {
        return new PlacematCommand(command.code(), command.name(), command.kind() == CommandKind.HUB,
                location.name(), command.leadNation(), names.getOrDefault(command.leadNation(),
                        command.leadNation()), troops, location.latitude(), location.longitude());
    }
}
