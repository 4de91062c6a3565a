package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.resolute.advising.AdvisorPosition;
import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthPicture;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;

/**
 * What applying a plan changes in the force and advising records. Force: the plan decides the whole force, so as
 * of the date each nation, command and location holds the troops of the plan's teams that remain there (a team
 * that stays at its home keeps its home command; one that moves serves under the command of the institution it
 * advises), and every other place with troops holds 0; each report keeps its place's marking, PUBLIC raised to
 * MISSION. Advising: a position whose nation's team the plan takes
 * off the position's work, and puts no other team of the nation on, follows that nation's team to work the plan
 * moves it to and no position of the nation covers yet; without such work it is vacated from the date.
 */
final class PlanChanges {

    private final PlanInput input;
    private final PlanResult result;
    private final Map<String, PlanInput.TeamInput> teams;
    private final Map<String, AdvisingRequirement> requirements;

    PlanChanges(PlanInput input, PlanResult result) {
        this.input = input;
        this.result = result;
        this.teams = input.teams().stream().collect(Collectors.toMap(PlanInput.TeamInput::id, Function.identity()));
        this.requirements = input.requirements().stream()
                .collect(Collectors.toMap(AdvisingRequirement::id, Function.identity()));
        if (input.teams().stream().anyMatch(team -> team.homeCommand() == null)) {
            throw new PlanStateConflict("This plan was solved before plans recorded each team's command; solve it "
                    + "again to apply it");
        }
    }

    /** A move of a position to a requirement's institution and area, or a vacancy when there is none. */
    record PositionChange(AdvisorPosition position, Optional<AdvisingRequirement> to) {
    }

    List<NewStrengthReport> strength(UUID plan, StrengthPicture current, LocalDate effective) {
        Map<Place, Integer> troops = new LinkedHashMap<>();
        Map<Place, Marking> markings = new HashMap<>();
        input.teams().forEach(team -> {
            troops.putIfAbsent(home(team), 0);
            markings.putIfAbsent(home(team), team.homeMarking());
        });
        for (PlanAssignment assignment : result.assignments()) {
            if (assignment.location() == null) {
                continue;
            }
            PlanInput.TeamInput team = teams.get(assignment.team());
            Place at = assignment.requirement() == null || assignment.location().equals(team.home()) ? home(team)
                    : new Place(team.nation(), requirements.get(assignment.requirement()).command(),
                            assignment.location());
            troops.merge(at, assignment.troops(), Integer::sum);
            markings.putIfAbsent(at, team.homeMarking());
        }
        current.nations().forEach(nation -> nation.reports().stream().filter(report -> report.troops() > 0)
                .forEach(report -> {
                    Place place = new Place(report.nation(), report.command(), report.location());
                    if (troops.putIfAbsent(place, 0) == null) {
                        markings.put(place, report.marking());
                    }
                }));
        Provenance provenance = new Provenance("plan " + plan, effective,
                input.illustrative() ? ProvenanceStatus.ILLUSTRATIVE : ProvenanceStatus.EXACT);
        return troops.entrySet().stream().sorted(Map.Entry.comparingByKey(Place.ORDER))
                .map(entry -> new NewStrengthReport(entry.getKey().nation(), entry.getKey().command(),
                        entry.getKey().location(), effective, entry.getValue(), provenance,
                        unpublished(markings.get(entry.getKey()))))
                .toList();
    }

    List<PositionChange> positions(List<AdvisorPosition> positions) {
        Map<String, Set<String>> coveredAfter = new HashMap<>();
        Map<String, Set<String>> left = new HashMap<>();
        Map<String, Set<String>> movedInto = new HashMap<>();
        for (PlanAssignment assignment : result.assignments()) {
            PlanInput.TeamInput team = teams.get(assignment.team());
            if (assignment.requirement() != null) {
                coveredAfter.computeIfAbsent(team.nation(), key -> new HashSet<>()).add(assignment.requirement());
            }
            if (team.currentRequirement() != null && !team.currentRequirement().equals(assignment.requirement())) {
                left.computeIfAbsent(team.nation(), key -> new HashSet<>()).add(team.currentRequirement());
                if (assignment.requirement() != null) {
                    movedInto.computeIfAbsent(team.nation(), key -> new LinkedHashSet<>())
                            .add(assignment.requirement());
                }
            }
        }
        Set<String> held = positions.stream().map(position -> position.nation() + "@" + work(position))
                .collect(Collectors.toCollection(HashSet::new));
        List<PositionChange> changes = new ArrayList<>();
        for (AdvisorPosition position : positions.stream().sorted(Comparator.comparing(AdvisorPosition::id))
                .toList()) {
            String nation = position.nation();
            String work = work(position);
            if (coveredAfter.getOrDefault(nation, Set.of()).contains(work)
                    || !left.getOrDefault(nation, Set.of()).contains(work)) {
                continue;
            }
            Optional<AdvisingRequirement> to = movedInto.getOrDefault(nation, Set.of()).stream()
                    .filter(requirement -> !held.contains(nation + "@" + requirement)).findFirst()
                    .map(requirements::get);
            to.ifPresent(requirement -> held.add(nation + "@" + requirement.id()));
            changes.add(new PositionChange(position, to));
        }
        return changes;
    }

    /** A planned figure is the mission's until someone publishes it: a PUBLIC place's report becomes MISSION. */
    private static Marking unpublished(Marking marking) {
        return marking.classification() == Classification.PUBLIC ? Marking.MISSION : marking;
    }

    private static String work(AdvisorPosition position) {
        return position.institution() + "/" + position.area();
    }

    private static Place home(PlanInput.TeamInput team) {
        return new Place(team.nation(), team.homeCommand(), team.home());
    }

    private record Place(String nation, String command, String location) {
        static final Comparator<Place> ORDER = Comparator.comparing(Place::nation).thenComparing(Place::command)
                .thenComparing(Place::location);
    }
}
