package org.resolute.planning.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The starting point the solver improves on: the current posture, less every assignment that breaks a caveat or
 * lies outside the team's areas, and, in a drawdown, less the teams that cover least per troop until the ceiling,
 * the national caps and recorded capacities are kept. Greedy, so feasible at once; the solver then searches for
 * better.
 */
final class Drawdown {

    private final Deployment plan;
    private final Map<AdvisingRequirement, Integer> troops = new HashMap<>();

    private Drawdown(Deployment plan) {
        this.plan = plan;
        plan.teams().stream().filter(team -> team.getRequirement() != null)
                .forEach(team -> troops.merge(team.getRequirement(), team.size(), Integer::sum));
    }

    static Deployment prepare(Deployment plan) {
        Drawdown drawdown = new Drawdown(plan);
        plan.teams().stream().filter(team -> team.getRequirement() != null && drawdown.breaksARule(team))
                .forEach(drawdown::unassign);
        if (plan.settings().kind() == PlanKind.DRAWDOWN) {
            for (Optional<AdvisorTeam> next = drawdown.leastValuableOverALimit(); next.isPresent();
                    next = drawdown.leastValuableOverALimit()) {
                drawdown.unassign(next.get());
            }
        }
        return plan;
    }

    private boolean breaksARule(AdvisorTeam team) {
        return !team.areas().contains(team.getRequirement().area()) || plan.caveats().stream()
                .filter(caveat -> caveat.nation().equals(team.nation()))
                .anyMatch(caveat -> CaveatCheck.breach(team, caveat, plan.settings()).isPresent());
    }

    private void unassign(AdvisorTeam team) {
        troops.merge(team.getRequirement(), -team.size(), Integer::sum);
        team.setRequirement(null);
    }

    private Optional<AdvisorTeam> leastValuableOverALimit() {
        List<AdvisorTeam> kept = plan.teams().stream().filter(team -> team.getRequirement() != null).toList();
        int total = kept.stream().mapToInt(AdvisorTeam::size).sum();
        Map<String, Integer> byNation = new HashMap<>();
        Map<String, Integer> byLocation = new HashMap<>();
        Map<String, Integer> byNationAndLocation = new HashMap<>();
        kept.forEach(team -> {
            byNation.merge(team.nation(), team.size(), Integer::sum);
            byLocation.merge(team.station(), team.size(), Integer::sum);
            byNationAndLocation.merge(team.nation() + "@" + team.station(), team.size(), Integer::sum);
        });
        boolean overCeiling = total > plan.settings().troopCeiling();
        return kept.stream().filter(team -> overCeiling || overCap(team, byNation) || overCapacity(team, byLocation)
                || overCaveat(team, byNationAndLocation))
                .min(Comparator.comparingDouble(this::valuePerTroop).thenComparing(AdvisorTeam::getId));
    }

    private boolean overCap(AdvisorTeam team, Map<String, Integer> byNation) {
        return plan.caps().stream().anyMatch(cap -> cap.nation().equals(team.nation())
                && byNation.getOrDefault(team.nation(), 0) > cap.troops());
    }

    private boolean overCaveat(AdvisorTeam team, Map<String, Integer> byNationAndLocation) {
        int here = byNationAndLocation.getOrDefault(team.nation() + "@" + team.station(), 0);
        return plan.caveats().stream().filter(caveat -> caveat.nation().equals(team.nation())).anyMatch(
                caveat -> CaveatCheck.troopsAt(team.nation(), team.station(), here, caveat, plan.settings()).isPresent());
    }

    private boolean overCapacity(AdvisorTeam team, Map<String, Integer> byLocation) {
        return plan.stations().stream().anyMatch(station -> station.code().equals(team.station())
                && station.capacity() != null && byLocation.getOrDefault(station.code(), 0) > station.capacity());
    }

    /** What the team adds, by the soft rules, per troop. */
    private double valuePerTroop(AdvisorTeam team) {
        AdvisingRequirement requirement = team.getRequirement();
        int here = troops.getOrDefault(requirement, 0);
        long covered = Math.min(here, requirement.requiredSize())
                - Math.min(here - team.size(), requirement.requiredSize());
        long value = covered * requirement.weight() + (team.keepsCounterparts() ? team.size() : 0)
                + (team.nation().equals(requirement.leadNation()) ? team.size() : 0)
                - Math.max(0, here - requirement.requiredSize());
        return (double) value / team.size();
    }
}
