package org.resolute.advising.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.resolute.advising.AdvisingStructure;
import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.kernel.Ids;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.Viewers;
import org.resolute.mission.Command;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advising structure: institutions, areas, pillars, approvers, positions, and merges of provisional entries.
 * Other modules read it through {@link AdvisingStructure}; advising's own pages and API keep it through here.
 */
@Service
@Transactional(readOnly = true)
public class StructureBook implements AdvisingStructure {

    private final StructureTables tables;
    private final People people;
    private final Posture posture;
    private final Nations nations;
    private final ApplicationEventPublisher events;
    private final EngagementBook engagements;
    private final Clock clock;

    StructureBook(StructureTables tables, People people, Posture posture, Nations nations,
            ApplicationEventPublisher events, @Lazy EngagementBook engagements, Clock clock) {
        this.tables = tables;
        this.people = people;
        this.posture = posture;
        this.nations = nations;
        this.events = events;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Override
    public List<HostInstitution> institutions() {
        return tables.institutions();
    }

    public List<String> withDescendants(String institution) {
        List<HostInstitution> all = institutions();
        if (all.stream().noneMatch(candidate -> candidate.code().equals(institution))) {
            throw new InvalidInput("institution", "advising.error.institutionUnknown",
                    "'" + institution + "' is not a known institution", institution);
        }
        List<String> codes = new ArrayList<>(List.of(institution));
        for (int i = 0; i < codes.size(); i++) {
            String parent = codes.get(i);
            all.stream().filter(child -> parent.equals(child.parent())).forEach(child -> codes.add(child.code()));
        }
        return codes;
    }

    @Override
    public List<FunctionalArea> areas() {
        return tables.areas();
    }

    public List<RoadmapPillar> pillars() {
        return tables.pillars();
    }

    @Override
    public List<AdvisorPosition> positions() {
        return tables.positions();
    }

    @Transactional
    public AdvisorPosition createPosition(NewPosition position) {
        if (position.title() == null || position.title().isBlank()) {
            throw new InvalidInput("title", "advising.error.positionTitle", "title is missing");
        }
        known("nation", position.nation(), nationCodes());
        known("command", position.command(), posture.commands().stream().map(Command::code).collect(Collectors.toSet()));
        known("location", position.location(),
                posture.locations().stream().map(Location::code).collect(Collectors.toSet()));
        known("area", position.area(), areas().stream().map(FunctionalArea::code).collect(Collectors.toSet()));
        known("institution", position.institution(), codes());
        AdvisorPosition created = new AdvisorPosition(Ids.next(), position.title().trim(), position.nation(),
                position.command(), position.location(), position.area(), position.institution(),
                position.counterparts().stream().map(String::trim).filter(title -> !title.isEmpty()).distinct()
                        .toList(), List.of(), 0);
        tables.insert(created);
        events.publishEvent(RecordChanged.created("AdvisorPosition", created.id(), created, Marking.MISSION));
        return created;
    }

    @Transactional
    public AdvisorPosition assign(UUID position, String personName, LocalDate from, LocalDate until) {
        if (positions().stream().noneMatch(candidate -> candidate.id().equals(position))) {
            throw new NotFound("Advisor position " + position);
        }
        if (personName == null || personName.isBlank()) {
            throw new InvalidInput("person", "advising.error.person", "person is missing");
        }
        if (from == null) {
            throw new InvalidInput("from", "advising.error.assignedFrom", "from is missing");
        }
        if (until != null && until.isBefore(from)) {
            throw new InvalidInput("until", "advising.error.range", "until is before from");
        }
        UUID person = people.person(EngagementBook.ADVISOR, personName.trim(), Viewers.current().username(),
                clock.instant());
        AdvisorPosition.PositionAssignment assignment = new AdvisorPosition.PositionAssignment(person, personName.trim(), from, until);
        tables.insert(position, assignment);
        events.publishEvent(RecordChanged.saved("PositionAssignment", position + "/" + person, assignment,
                Marking.MISSION));
        return positions().stream().filter(candidate -> candidate.id().equals(position)).findFirst().orElseThrow();
    }

    public List<ProvisionalEntry> provisional() {
        return people.provisional();
    }

    public List<KnownEntry> known(String kind) {
        return people.known(kind);
    }

    @Transactional
    public void merge(UUID provisional, UUID into) {
        if (provisional().stream().noneMatch(entry -> entry.id().equals(provisional))) {
            throw new NotFound("Provisional entry " + provisional);
        }
        List<UUID> named = people.merge(provisional, into);
        events.publishEvent(RecordChanged.saved("ProvisionalEntryMerged", provisional,
                Map.of("mergedInto", into, "engagements", named), Marking.MISSION));
        engagements.refreshNames(named);
    }

    List<String> approvers(String command) {
        return tables.approvers(command);
    }

    EngagementRules rules(LocalDate today) {
        return new EngagementRules(posture.commands().stream().map(Command::code).collect(Collectors.toSet()),
                codes(), areas().stream().map(FunctionalArea::code).collect(Collectors.toSet()),
                pillars().stream().map(RoadmapPillar::code).collect(Collectors.toSet()), nationCodes(), today);
    }

    private Set<String> codes() {
        return institutions().stream().map(HostInstitution::code).collect(Collectors.toSet());
    }

    private Set<String> nationCodes() {
        return nations.all().stream().map(Nation::code).collect(Collectors.toSet());
    }

    private static void known(String field, String code, Set<String> codes) {
        if (code == null || !codes.contains(code)) {
            throw new InvalidInput(field, "advising.error.unknown", "'" + code + "' is not a known " + field,
                    code == null ? "" : code);
        }
    }
}
