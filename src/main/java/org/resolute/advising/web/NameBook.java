package org.resolute.advising.web;

import java.util.stream.Collectors;

import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.domain.RoadmapPillar;
import org.resolute.advising.domain.StructureBook;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.stereotype.Component;

/** Reads the names of the advising structure, the mission's commands and places, and the nations, once a page. */
@Component
class NameBook {

    private final StructureBook structure;
    private final Posture posture;
    private final Nations nations;

    NameBook(StructureBook structure, Posture posture, Nations nations) {
        this.structure = structure;
        this.posture = posture;
        this.nations = nations;
    }

    Names names() {
        return new Names(
                structure.institutions().stream().collect(Collectors.toMap(HostInstitution::code,
                        HostInstitution::name, (first, second) -> first)),
                Names.byCode(structure.areas(), FunctionalArea::code),
                structure.pillars().stream().collect(Collectors.toMap(RoadmapPillar::code, RoadmapPillar::name,
                        (first, second) -> first)),
                posture.commands().stream().collect(Collectors.toMap(Command::code, Command::name,
                        (first, second) -> first)),
                posture.locations().stream().collect(Collectors.toMap(Location::code, Location::name,
                        (first, second) -> first)),
                nations.all().stream().collect(Collectors.toMap(Nation::code, Nation::name,
                        (first, second) -> first)));
    }
}
