package org.resolute.planning.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.ShownPage;
import org.resolute.mission.Location;
import org.resolute.mission.Posture;
import org.resolute.planning.domain.PlanAssignment;
import org.resolute.planning.domain.PlanResult;
import org.resolute.planning.domain.UnmetRequirement;
import org.resolute.reference.Nation;
import org.resolute.reference.Nations;

/**
 * The plan page's two long lists, the requirements left short and the teams, with places and nations by name,
 * filtered and paged: a drawdown of the whole force has hundreds of each, too many for one page.
 */
@Component
class PlanLists {

    static final int PAGE_SIZE = 20;
    static final List<String> OUTCOMES = List.of("KEPT", "MOVED", "IDLE", "WITHDRAWN");

    private final Posture posture;
    private final Nations nations;

    PlanLists(Posture posture, Nations nations) {
        this.posture = posture;
        this.nations = nations;
    }

    /** A requirement left short, its institution and area apart from its priority. */
    record Unmet(String requirement, int priority, String place, int required, int coveredBefore,
            int coveredAfter, List<String> reasons) {
    }

    /** A team: its nation and number, where it is based, what the plan does with it. */
    record Team(String nation, String number, String home, int troops, String outcome, String requirement,
            String place, List<String> reasons) {
    }

    PageResult<Unmet> unmet(PlanResult result, String search, Integer priority, int page) {
        Map<String, String> places = places();
        List<Unmet> rows = result.unmet().stream().map(u -> unmet(u, places))
                .filter(row -> priority == null || row.priority() == priority)
                .filter(matches(search, row -> row.requirement() + " " + row.place())).toList();
        return ShownPage.of(rows, page, PAGE_SIZE);
    }

    PageResult<Team> teams(PlanResult result, String search, String outcome, int page) {
        Map<String, String> places = places();
        Map<String, String> names = nations.all().stream().collect(Collectors.toMap(Nation::code, Nation::name,
                (one, other) -> one));
        List<Team> rows = result.assignments().stream().map(a -> team(a, places, names))
                .filter(row -> outcome == null || outcome.isBlank() || row.outcome().equals(outcome))
                .filter(matches(search, row -> row.nation() + " " + row.home() + " " + row.requirement() + " "
                        + row.place())).toList();
        return ShownPage.of(rows, page, PAGE_SIZE);
    }

    private Map<String, String> places() {
        return posture.locations().stream().collect(Collectors.toMap(Location::code, Location::name,
                (one, other) -> one));
    }

    private static Unmet unmet(UnmetRequirement requirement, Map<String, String> places) {
        return new Unmet(withoutPriority(requirement.label()), requirement.priority(),
                places.getOrDefault(requirement.location(), requirement.location()), requirement.required(),
                requirement.coveredBefore(), requirement.coveredAfter(), requirement.reasons());
    }

    private static Team team(PlanAssignment assignment, Map<String, String> places, Map<String, String> names) {
        String id = assignment.team();
        return new Team(names.getOrDefault(assignment.nation(), assignment.nation()),
                id.substring(id.lastIndexOf('-') + 1), places.getOrDefault(assignment.home(), assignment.home()),
                assignment.troops(), assignment.outcome(),
                assignment.requirementLabel() == null ? "" : withoutPriority(assignment.requirementLabel()),
                assignment.location() == null ? "" : places.getOrDefault(assignment.location(),
                        assignment.location()), assignment.reasons());
    }

    /** "Ministry of Defence, EF1 (priority 1)" without the priority, which the lists show in words of their own. */
    private static String withoutPriority(String label) {
        int priority = label.lastIndexOf(" (priority ");
        return priority < 0 ? label : label.substring(0, priority);
    }

    private static <T> Predicate<T> matches(String search, Function<T, String> text) {
        if (search == null || search.isBlank()) {
            return row -> true;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return row -> text.apply(row).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
