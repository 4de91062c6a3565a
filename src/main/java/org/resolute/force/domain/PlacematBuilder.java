package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.resolute.force.NationStrength;
import org.resolute.force.Placemat;
import org.resolute.force.PlacematCommand;
import org.resolute.force.PlacematNation;
import org.resolute.force.Placemats;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.ContributingNation;
import org.resolute.reference.Membership;
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
        List<PlacematNation> lines = picture.nations().stream().map(nation -> line(nation, date)).toList();
        List<PlacematCommand> commands = posture.commands().stream()
                .filter(command -> command.kind() == CommandKind.HUB || command.kind() == CommandKind.SPOKE)
                .map(command -> command(command, byCommand.getOrDefault(command.code(), 0)))
                .flatMap(Optional::stream).toList();
        return new Placemat(date, picture.totalTroops(), picture.nationCount(), lines, commands,
                picture.includesIllustrative());
    }

    private PlacematNation line(NationStrength strength, LocalDate date) {
        String code = strength.nation();
        String name = nations.find(code).map(Nation::name).orElse(code);
        return new PlacematNation(code, name, status(code, date), strength.troops(), strength.provenance());
    }

    private String status(String code, LocalDate date) {
        Optional<String> standing = nations.membershipAt(code, date).map(Membership::kind)
                .map(kind -> kind.label());
        return standing.orElseGet(() -> nations.contributorsTo(Nations.RESOLUTE_SUPPORT).stream()
                .filter(contributor -> contributor.nation().code().equals(code)).findFirst()
                .map(ContributingNation::statusDuringMission).map(kind -> kind.label())
                .orElse("Operational partner"));
    }

    private Optional<PlacematCommand> command(Command command, int troops) {
        return posture.location(command.location()).map((Location location) -> new PlacematCommand(command.code(),
                command.name(), command.kind() == CommandKind.HUB, location.name(), command.leadNation(),
                nations.find(command.leadNation()).map(Nation::name).orElse(command.leadNation()), troops,
                location.latitude(), location.longitude()));
    }
}
