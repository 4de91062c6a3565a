package org.resolute.mission;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A command of the mission: the hub, a spoke, a functional command or a task force.
 *
 * @param code short code used in imports, e.g. {@code TAAC-N}
 * @param location the code of the location of its headquarters
 * @param leadNation ISO 3166 alpha-3 code of the framework (lead) nation
 * @param partnerUnits the host-nation units and institutions it partners with
 * @param sources ids of the public sources (reference module) that state these facts
 */
@NamedInterface("api")
public record Command(String code, String name, CommandKind kind, String region, String location,
        String leadNation, List<String> partnerUnits, List<String> sources) {

    public Command {
        partnerUnits = List.copyOf(partnerUnits);
        sources = List.copyOf(sources);
    }
}
