package org.resolute.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.resolute.advising.AdvisorPosition;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.EngagementMode;
import org.resolute.advising.HostInstitution;
import org.resolute.force.Activity;
import org.resolute.force.NationStrength;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReport;
import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.Location;

/**
 * Derives the planner's teams and requirements from the force and advising records (the planner keeps none of its
 * own). Requirements: one per institution and functional area in the coverage, at the institution's location; its
 * priority from the latest rating (1, the weakest, is the highest priority; 2 when never rated), one step higher
 * when no engagement is recent; its size the troops at the location shared equally among the location's
 * requirements. Teams: each nation's troops at each location, split into teams of at most the team size; a team
 * works now on the location's requirements in turn and covers that requirement's area, the next one's, and the
 * areas of the advisor positions its nation holds. These splits are illustrative, and plans say so.
 */
final class Derivation {

    private final List<AdvisingRequirement> requirements = new ArrayList<>();
    private final List<PlanInput.TeamInput> teams = new ArrayList<>();
    private final List<Station> stations;

    Derivation(StrengthPicture picture, List<CoverageCell> cells, Map<String, HostInstitution> institutions,
            Map<String, Command> commands, List<Location> locations, List<AdvisorPosition> positions,
            List<String> areas, int teamSize) {
        Map<String, Location> places = locations.stream().collect(Collectors.toMap(Location::code, l -> l));
        stations = locations.stream().map(l -> new Station(l.code(), l.region(), l.capacity())).toList();
        Map<String, Integer> troopsAt = picture.byLocation();
        Map<String, List<AdvisingRequirement>> atLocation = new HashMap<>();
        cells.stream().filter(cell -> places.containsKey(cell.location()))
                .collect(Collectors.groupingBy(CoverageCell::location)).forEach((location, here) -> {
                    int size = Math.max(1, Math.round((float) troopsAt.getOrDefault(location, 0) / here.size()));
                    List<AdvisingRequirement> made = here.stream()
                            .sorted(Comparator.comparing(CoverageCell::institution).thenComparing(CoverageCell::area))
                            .map(cell -> requirement(cell, size, places.get(location), institutions, commands))
                            .toList();
                    atLocation.put(location, made);
                    requirements.addAll(made);
                });
        requirements.sort(Comparator.comparing(AdvisingRequirement::id));
        Map<String, Set<String>> positionAreas = positions.stream().collect(Collectors.groupingBy(
                AdvisorPosition::nation, Collectors.mapping(AdvisorPosition::area, Collectors.toSet())));
        Map<String, Integer> turn = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (NationStrength nation : picture.nations()) {
            for (StrengthReport report : nation.reports()) {
                int count = (report.troops() + teamSize - 1) / teamSize;
                for (int i = 0; i < count; i++) {
                    int size = report.troops() / count + (i < report.troops() % count ? 1 : 0);
                    int k = turn.merge(report.location(), 1, Integer::sum) - 1;
                    String place = nation.nation() + "-" + report.location();
                    teams.add(team(place + "-" + numbers.merge(place, 1, Integer::sum), report, size, k,
                            atLocation.getOrDefault(report.location(), List.of()), areas,
                            positionAreas.getOrDefault(nation.nation(), Set.of())));
                }
            }
        }
    }

    private static AdvisingRequirement requirement(CoverageCell cell, int size, Location location,
            Map<String, HostInstitution> institutions, Map<String, Command> commands) {
        int priority = cell.latestRating() == null ? 2 : cell.latestRating();
        if (cell.recentEngagements() == 0) {
            priority = Math.max(1, priority - 1);
        }
        HostInstitution institution = institutions.get(cell.institution());
        Activity activity = institution == null ? Activity.ADVISING : switch (institution.kind()) {
            case AIR_FORCE -> Activity.AIR_ADVISING;
            case SPECIAL_OPERATIONS -> Activity.SPECIAL_OPERATIONS_ADVISING;
            default -> Activity.ADVISING;
        };
        Command command = commands.get(cell.command());
        String lead = command != null && command.kind() == CommandKind.SPOKE ? command.leadNation() : "";
        return new AdvisingRequirement(cell.institution() + "/" + cell.area(), cell.institution(),
                cell.institutionName(), cell.area(), cell.areaName(), priority, location.code(), location.region(),
                EngagementMode.PERSISTENT, activity, size, cell.command(), lead);
    }

    private static PlanInput.TeamInput team(String id, StrengthReport report, int size, int turn,
            List<AdvisingRequirement> here, List<String> areas, Set<String> nationAreas) {
        Set<String> covers = new LinkedHashSet<>();
        AdvisingRequirement current = null;
        if (here.isEmpty()) {
            covers.add(areas.get(turn % areas.size()));
            covers.add(areas.get((turn + areas.size() / 2) % areas.size()));
        } else {
            current = here.get(turn % here.size());
            covers.add(current.area());
            covers.add(here.get((turn + 1) % here.size()).area());
        }
        covers.addAll(nationAreas.stream().sorted().toList());
        return new PlanInput.TeamInput(id, report.nation(), size, List.copyOf(covers), report.location(),
                current == null ? null : current.id(), current == null ? null : current.institution(),
                report.command(), report.marking());
    }

    List<AdvisingRequirement> requirements() {
        return requirements;
    }

    List<PlanInput.TeamInput> teams() {
        return teams;
    }

    List<Station> stations() {
        return stations;
    }
}
