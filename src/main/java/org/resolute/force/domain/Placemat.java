package org.resolute.force.domain;

import java.time.LocalDate;
import java.util.List;

import org.resolute.force.domain.PlacematCommand;
import org.resolute.force.domain.PlacematNation;

/**
 * The public "Key Facts and Figures" of the mission for a date: total troops, number of nations, the nations
 * (Allies and operational partners) with their troops, and the hub and spokes with their lead nations. Computed
 * from the strength reports the viewer may see; for the public, the PUBLIC reports only.
 */
public record Placemat(LocalDate date, int totalTroops, int nationCount, List<PlacematNation> nations,
        List<PlacematCommand> commands, boolean includesIllustrative) {

    public Placemat {
        nations = List.copyOf(nations);
        commands = List.copyOf(commands);
    }

    /** The hub, from which the map draws a line to each spoke; null when the posture records none. */
    public PlacematCommand hub() {
        return commands.stream().filter(PlacematCommand::hub).findFirst().orElse(null);
    }

    public List<PlacematNation> allies() {
        return nations.stream().filter(PlacematNation::ally).toList();
    }

    public List<PlacematNation> partners() {
        return nations.stream().filter(nation -> !nation.ally()).toList();
    }
}
