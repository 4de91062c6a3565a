package org.resolute.planning.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import org.resolute.advising.EngagementMode;
import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;
import org.resolute.planning.PlanKind;

/**
 * The planner's model for OR-Tools CP-SAT, for the benchmark only: the same teams, requirements, hard rules (as
 * constraints) and soft rules (as the objective) as {@link DeploymentConstraints}, so that CP-SAT's optimum or
 * bound is the yardstick of Timefold's soft score. Pairs a caveat or the functional areas forbid are left out, as
 * {@link CaveatCheck} decides them.
 */
final class ExactDeployment {

    /** What CP-SAT proved: its best objective, the bound, whether it is optimal, and its assignment. */
    record Outcome(CpSolverStatus status, long objective, long bound, double seconds,
            Map<String, AdvisingRequirement> assignment) {
    }

    private ExactDeployment() {
    }

    /**
     * @param hint a solution to start from (team id to requirement id), e.g. Timefold's best; empty for none
     */
    static Outcome solve(Deployment plan, double seconds, int workers, Map<String, String> hint) {
        Loader.loadNativeLibraries();
        CpModel model = new CpModel();
        PlanSettings settings = plan.settings();
        boolean drawdown = settings.kind() == PlanKind.DRAWDOWN;
        List<AdvisorTeam> teams = plan.teams();
        List<AdvisingRequirement> requirements = plan.requirements();
        Map<AdvisorTeam, List<BoolVar>> byTeam = new HashMap<>();
        Map<AdvisingRequirement, LinearExprBuilder> atRequirement = new HashMap<>();
        Map<String, LinearExprBuilder> atStation = new HashMap<>();
        Map<String, LinearExprBuilder> byNation = new HashMap<>();
        Map<String, LinearExprBuilder> byNationAndStation = new HashMap<>();
        Map<BoolVar, AdvisingRequirement> values = new HashMap<>();
        Map<BoolVar, AdvisorTeam> owners = new HashMap<>();
        // The objective as plain arrays of terms: a LinearExprBuilder of this many mixed-sign terms gave CP-SAT an
        // objective that differed from the same sum over the solution's values.
        List<LinearArgument> terms = new ArrayList<>();
        List<Long> coefficients = new ArrayList<>();
        LinearExprBuilder remaining = LinearExpr.newBuilder();
        long constant = 0;
        for (AdvisorTeam team : teams) {
            List<BoolVar> choices = new ArrayList<>();
            for (AdvisingRequirement requirement : requirements) {
                if (!allowed(plan, team, requirement)) {
                    continue;
                }
                BoolVar x = model.newBoolVar(team.getId() + ">" + requirement.id());
                if (!hint.isEmpty()) {
                    model.addHint(x, requirement.id().equals(hint.get(team.getId())) ? 1 : 0);
                }
                choices.add(x);
                values.put(x, requirement);
                owners.put(x, team);
                long size = team.size();
                builder(atRequirement, requirement).addTerm(x, size);
                String station = requirement.mode() == EngagementMode.REMOTE ? team.home() : requirement.location();
                builder(atStation, station).addTerm(x, size);
                builder(byNation, team.nation()).addTerm(x, size);
                builder(byNationAndStation, team.nation() + "@" + station).addTerm(x, size);
                remaining.addTerm(x, size);
                long linear = (requirement.institution().equals(team.currentInstitution()) ? size : 0)
                        - (requirement.id().equals(team.currentRequirement()) ? 0 : size)
                        + (team.nation().equals(requirement.leadNation()) ? size : 0);
                if (linear != 0) {
                    terms.add(x);
                    coefficients.add(linear);
                }
            }
            model.addAtMostOne(choices.toArray(new Literal[0]));
            byTeam.put(team, choices);
            if (!drawdown) {
                // An unassigned team stays at home in an allocation: it counts where it is when no choice is made.
                long size = team.size();
                constant += size;
                builder(atStation, team.home()).add(size);
                builder(byNation, team.nation()).add(size);
                builder(byNationAndStation, team.nation() + "@" + team.home()).add(size);
                for (BoolVar x : choices) {
                    builder(atStation, team.home()).addTerm(x, -size);
                    builder(byNation, team.nation()).addTerm(x, -size);
                    builder(byNationAndStation, team.nation() + "@" + team.home()).addTerm(x, -size);
                }
            }
        }
        for (AdvisingRequirement requirement : requirements) {
            LinearExprBuilder troops = atRequirement.get(requirement);
            if (troops == null) {
                continue;
            }
            LinearExpr sum = troops.build();
            IntVar covered = model.newIntVar(0, requirement.requiredSize(), "covered " + requirement.id());
            IntVar over = model.newIntVar(0, Integer.MAX_VALUE / 4, "over " + requirement.id());
            if (!hint.isEmpty()) {
                long hinted = teams.stream().filter(team -> requirement.id().equals(hint.get(team.getId())))
                        .mapToLong(AdvisorTeam::size).sum();
                model.addHint(covered, Math.min(hinted, requirement.requiredSize()));
                model.addHint(over, Math.max(0, hinted - requirement.requiredSize()));
            }
            // At most the troops there and what it asks for; at least the troops beyond it: a maximum makes them the
            // minimum and the excess, so the optimum and the bound are the score's.
            model.addLessOrEqual(covered, sum);
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(over).add(requirement.requiredSize()).build(), sum);
            terms.add(covered);
            coefficients.add(requirement.weight());
            terms.add(over);
            coefficients.add(-1L);
        }
        if (drawdown) {
            model.addLessOrEqual(remaining.build(), settings.troopCeiling());
        } else if (constant > settings.troopCeiling()) {
            model.addBoolOr(new Literal[0]);
        }
        for (Station station : plan.stations()) {
            if (station.capacity() != null && atStation.containsKey(station.code())) {
                model.addLessOrEqual(atStation.get(station.code()).build(), station.capacity());
            }
        }
        for (NationalCap cap : plan.caps()) {
            if (byNation.containsKey(cap.nation())) {
                model.addLessOrEqual(byNation.get(cap.nation()).build(), cap.troops());
            }
        }
        for (NationalCaveat caveat : plan.caveats()) {
            if (caveat.kind() != CaveatKind.MAX_TROOPS_PER_LOCATION) {
                continue;
            }
            byNationAndStation.forEach((key, troops) -> {
                if (key.startsWith(caveat.nation() + "@")) {
                    model.addLessOrEqual(troops.build(), caveat.limit());
                }
            });
        }
        model.maximize(LinearExpr.weightedSum(terms.toArray(new LinearArgument[0]),
                coefficients.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(workers);
        long started = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double spent = (System.nanoTime() - started) / 1e9;
        Map<String, AdvisingRequirement> assignment = new HashMap<>();
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            values.forEach((x, requirement) -> {
                if (solver.booleanValue(x)) {
                    assignment.put(owners.get(x).getId(), requirement);
                }
            });
        }
        return new Outcome(status, Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
                spent, assignment);
    }

    /** Whether the pair breaks no caveat of the team's nation and lies in the team's areas. */
    static boolean allowed(Deployment plan, AdvisorTeam team, AdvisingRequirement requirement) {
        if (!team.areas().contains(requirement.area())) {
            return false;
        }
        AdvisingRequirement was = team.getRequirement();
        team.setRequirement(requirement);
        try {
            return plan.caveats().stream().filter(caveat -> caveat.nation().equals(team.nation()))
                    .filter(caveat -> caveat.kind() != CaveatKind.MAX_TROOPS_PER_LOCATION)
                    .allMatch(caveat -> CaveatCheck.breach(team, caveat, plan.settings()).isEmpty());
        } finally {
            team.setRequirement(was);
        }
    }

    private static LinearExprBuilder builder(Map<?, LinearExprBuilder> builders, Object key) {
        @SuppressWarnings("unchecked")
        Map<Object, LinearExprBuilder> map = (Map<Object, LinearExprBuilder>) builders;
        return map.computeIfAbsent(key, ignored -> LinearExpr.newBuilder());
    }
}
