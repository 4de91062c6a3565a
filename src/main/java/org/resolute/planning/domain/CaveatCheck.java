package org.resolute.planning.domain;

import java.util.Optional;

import org.resolute.force.Activity;
import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRules;
import org.resolute.force.NationalCaveat;

/** Puts the planner's assignments to the force module's caveat rules, so a plan breaks what an offer would. */
final class CaveatCheck {

    private CaveatCheck() {
    }

    /** What about the team's assignment breaks the caveat, in words naming the caveat; empty when it complies. */
    static Optional<String> breach(AdvisorTeam team, NationalCaveat caveat, PlanSettings settings) {
        AdvisingRequirement requirement = team.getRequirement();
        Assignment assignment = new Assignment(team.nation(), team.station(), requirement.activity(), team.size(),
                settings.from(), settings.until());
        return words(caveat, assignment, requirement.region());
    }

    /** A per-location limit broken by all the nation's troops at the location together. */
    static Optional<String> troopsAt(String nation, String location, long troops, NationalCaveat caveat,
            PlanSettings settings) {
        if (caveat.kind() != CaveatKind.MAX_TROOPS_PER_LOCATION || troops <= 0) {
            return Optional.empty();
        }
        Assignment assignment = new Assignment(nation, location, Activity.ADVISING, (int) troops, settings.from(),
                settings.until());
        return words(caveat, assignment, "");
    }

    private static Optional<String> words(NationalCaveat caveat, Assignment assignment, String region) {
        return CaveatRules.of(caveat.kind()).breach(caveat, assignment, region)
                .map(breach -> CaveatRules.sentence(caveat, caveat.nation()) + ": " + breach);
    }
}
