package org.resolute.planning.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.protobuf.TextFormat;

import org.resolute.advising.EngagementMode;
import org.resolute.force.CaveatKind;
import org.resolute.force.NationalCaveat;

/**
 * The planner's model for OR-Tools CP-SAT, for the benchmark only: the same teams, requirements, hard rules (as
 * constraints) and soft rules (as the objective) as {@link DeploymentConstraints}, so that CP-SAT's optimum or
 * bound is the yardstick of Timefold's soft score. Pairs a caveat or the functional areas forbid are left out, as
 * {@link CaveatCheck} decides them.
 *
 * <p>Teams that no rule tells apart are counted, not named, since one boolean per team and requirement leaves
 * CP-SAT thousands of interchangeable teams to branch over and, at 2,000 teams, half a million variables. A team's
 * score and limits depend on who it is only where it stays with its own requirement or institution (kept
 * counterparts, no move): those pairs keep one boolean per team. Any other assignment ("a move") depends only on the
 * team's nation (where a caveat, cap or spoke names it; other nations are alike), size, areas and, where a
 * requirement is remote or unassigned teams stay (an allocation), its home: a <em>class</em>. A class sends a count
 * of its teams to each of its areas, and each <em>pool</em> (class attributes but one area) sends counts to that
 * area's requirements. Every plan maps to counts of the same score, and counts map back to teams (any members of
 * the class) whose score is the same or higher (a "move" that lands a team on its own requirement scores as a
 * stay): the optimum is the same, and CP-SAT's bound bounds the plans.
 *
 * <p>Two more things tighten the relaxation without changing the optimum: a team adds at most the requirement's
 * size to what it covers (covered at most the sum of each assignment's troops capped at that size), and in a
 * drawdown a move to a priority-5 requirement the team's nation does not lead is left out, since withdrawing the
 * team instead breaks no rule (every hard sum falls) and loses at most as much coverage as the move costs.
 */
final class ExactDeployment {

    /**
     * What CP-SAT proved: its best objective, the bound, whether it is optimal, its assignment, the model's size,
     * and its objective of the hint (Timefold's solution), null without one.
     */
    record Outcome(CpSolverStatus status, long objective, long bound, double seconds,
            Map<String, AdvisingRequirement> assignment, int variables, Long hintObjective) {
    }

    private static final Pattern HINT = Pattern.compile("hint is complete and is feasible\\. Its objective value is"
            + " (-?[0-9.e+]+)");

    /** Teams no rule tells apart when they move; the blank nation stands for every nation no rule names. */
    private record TeamClass(String nation, int size, Set<String> areas, String home) {
    }

    /** A class's teams headed for one of its areas. */
    private record Pool(String nation, int size, String area, String home) {
    }

    private final Deployment plan;
    private final boolean drawdown;
    private final CpModel model = new CpModel();
    private final Map<Object, LinearExprBuilder> sums = new HashMap<>();
    private final List<LinearArgument> terms = new ArrayList<>();
    private final List<Long> coefficients = new ArrayList<>();
    private final Map<AdvisingRequirement, Long> eligible = new HashMap<>();
    private final Map<TeamClass, List<AdvisorTeam>> classes;
    private final Map<BoolVar, AdvisorTeam> ownTeam = new LinkedHashMap<>();
    private final Map<BoolVar, AdvisingRequirement> ownRequirement = new HashMap<>();
    private final Map<TeamClass, LinearExprBuilder> taken = new HashMap<>();
    private final Map<TeamClass, Map<String, IntVar>> toArea = new HashMap<>();
    private final Map<Pool, LinearExprBuilder> intoPool = new HashMap<>();
    private final Map<Pool, List<TeamClass>> poolClasses = new LinkedHashMap<>();
    private final Map<Pool, AdvisorTeam> representative = new HashMap<>();
    private final Map<IntVar, Pool> poolOf = new LinkedHashMap<>();
    private final Map<IntVar, AdvisingRequirement> poolRequirement = new HashMap<>();
    private int variables;

    private ExactDeployment(Deployment plan) {
        this.plan = plan;
        this.drawdown = plan.settings().kind() == PlanKind.DRAWDOWN;
        this.classes = classes();
    }

    /**
     * @param parameters CP-SAT's parameters in protobuf text, e.g. {@code num_workers:8 linearization_level:2}
     * @param hint a solution to start from (team id to requirement id), e.g. Timefold's best; empty for none
     */
    static Outcome solve(Deployment plan, double seconds, String parameters, Map<String, String> hint) {
        Loader.loadNativeLibraries();
        return new ExactDeployment(plan).run(seconds, parameters, hint);
    }

    private Outcome run(double seconds, String parameters, Map<String, String> hint) {
        addStays(hint);
        HintedCounts hinted = HintedCounts.of(this, hint);
        addMovesToAreas(hinted);
        addMovesToRequirements(hinted);
        addCoverage(hint);
        addLimits();
        model.maximize(LinearExpr.weightedSum(terms.toArray(new LinearArgument[0]),
                coefficients.stream().mapToLong(Long::longValue).toArray()));
        Long[] hintObjective = new Long[1];
        CpSolver solver = solver(seconds, parameters, hintObjective);
        long started = System.nanoTime();
        CpSolverStatus status = solver.solve(model);
        double spent = (System.nanoTime() - started) / 1e9;
        Map<String, AdvisingRequirement> assignment = status == CpSolverStatus.OPTIMAL
                || status == CpSolverStatus.FEASIBLE ? assignment(solver) : Map.of();
        return new Outcome(status, Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
                spent, assignment, variables, hintObjective[0]);
    }

    /** Teams grouped by what their moves depend on; home only where it counts (remote work, an allocation). */
    private Map<TeamClass, List<AdvisorTeam>> classes() {
        Set<String> named = namedNations();
        boolean homeCounts = !drawdown
                || plan.requirements().stream().anyMatch(requirement -> requirement.mode() == EngagementMode.REMOTE);
        Map<TeamClass, List<AdvisorTeam>> grouped = new LinkedHashMap<>();
        plan.teams().forEach(team -> grouped.computeIfAbsent(new TeamClass(named.contains(team.nation())
                ? team.nation() : "", team.size(), new TreeSet<>(team.areas()), homeCounts ? team.home() : ""),
                ignored -> new ArrayList<>()).add(team));
        return grouped;
    }

    /** Stays and moves within the team's own institution: one boolean per team and requirement. */
    private void addStays(Map<String, String> hint) {
        for (Map.Entry<TeamClass, List<AdvisorTeam>> entry : classes.entrySet()) {
            LinearExprBuilder inClass = LinearExpr.newBuilder();
            taken.put(entry.getKey(), inClass);
            for (AdvisorTeam team : entry.getValue()) {
                List<BoolVar> choices = new ArrayList<>();
                for (AdvisingRequirement requirement : plan.requirements()) {
                    if (!own(team, requirement) || !allowed(plan, team, requirement)) {
                        continue;
                    }
                    BoolVar x = model.newBoolVar(team.getId() + ">" + requirement.id());
                    variables++;
                    if (!hint.isEmpty()) {
                        model.addHint(x, requirement.id().equals(hint.get(team.getId())) ? 1 : 0);
                    }
                    long size = team.size();
                    long linear = (requirement.institution().equals(team.currentInstitution()) ? size : 0)
                            - (requirement.id().equals(team.currentRequirement()) ? 0 : size)
                            + (team.nation().equals(requirement.leadNation()) ? size : 0);
                    assign(x, requirement, team.nation(), size, team.home(), linear);
                    choices.add(x);
                    ownTeam.put(x, team);
                    ownRequirement.put(x, requirement);
                    inClass.add(x);
                }
                if (choices.size() > 1) {
                    model.addAtMostOne(choices.toArray(new BoolVar[0]));
                }
            }
        }
    }

    /** Other moves, first: how many teams of each class go to each of its areas (into that area's pool). */
    private void addMovesToAreas(HintedCounts hinted) {
        for (Map.Entry<TeamClass, List<AdvisorTeam>> entry : classes.entrySet()) {
            TeamClass teamClass = entry.getKey();
            int count = entry.getValue().size();
            LinearExprBuilder used = taken.get(teamClass);
            for (String area : teamClass.areas()) {
                IntVar moving = model.newIntVar(0, count, "moving " + teamClass + " to " + area);
                variables++;
                hinted.toArea(teamClass, area).ifPresent(n -> model.addHint(moving, n));
                toArea.computeIfAbsent(teamClass, ignored -> new LinkedHashMap<>()).put(area, moving);
                used.add(moving);
                Pool pool = pool(teamClass, area);
                intoPool.computeIfAbsent(pool, ignored -> LinearExpr.newBuilder()).add(moving);
                poolClasses.computeIfAbsent(pool, ignored -> new ArrayList<>()).add(teamClass);
                representative.putIfAbsent(pool, entry.getValue().get(0));
            }
            model.addLessOrEqual(used.build(), count);
        }
    }

    /** Then: how many teams of each pool go to each requirement of its area that its teams may take. */
    private void addMovesToRequirements(HintedCounts hinted) {
        for (Map.Entry<Pool, List<TeamClass>> entry : poolClasses.entrySet()) {
            Pool pool = entry.getKey();
            AdvisorTeam sample = representative.get(pool);
            int available = entry.getValue().stream().mapToInt(teamClass -> classes.get(teamClass).size()).sum();
            LinearExprBuilder out = LinearExpr.newBuilder();
            for (AdvisingRequirement requirement : plan.requirements()) {
                if (!requirement.area().equals(pool.area()) || !allowed(plan, sample, requirement)) {
                    continue;
                }
                long size = pool.size();
                long linear = -size + (!pool.nation().isEmpty() && pool.nation().equals(requirement.leadNation())
                        ? size : 0);
                if (drawdown && requirement.weight() == 1 && linear < 0) {
                    continue;
                }
                IntVar n = model.newIntVar(0, available, pool + ">" + requirement.id());
                variables++;
                hinted.inPool(pool, requirement).ifPresent(count -> model.addHint(n, count));
                assign(n, requirement, pool.nation(), size, pool.home(), linear);
                out.add(n);
                poolOf.put(n, pool);
                poolRequirement.put(n, requirement);
            }
            // Exactly: a team sent to a pool is assigned there, so that an allocation counts it away from home.
            model.addEquality(out.build(), intoPool.get(pool).build());
        }
    }

    /** CP-SAT with the parameters and time limit; its log is read for its objective of the hint. */
    private static CpSolver solver(double seconds, String parameters, Long[] hintObjective) {
        CpSolver solver = new CpSolver();
        try {
            TextFormat.merge(parameters, solver.getParameters());
        } catch (TextFormat.ParseException e) {
            throw new IllegalArgumentException("CP-SAT parameters: " + parameters, e);
        }
        // The log is read for CP-SAT's objective of the hint, and shown with CPSAT_LOG set.
        solver.getParameters().setMaxTimeInSeconds(seconds).setLogSearchProgress(true).setLogToStdout(false);
        boolean show = System.getenv("CPSAT_LOG") != null;
        solver.setLogCallback(line -> {
            Matcher matcher = HINT.matcher(line);
            if (matcher.find()) {
                hintObjective[0] = Math.round(Double.parseDouble(matcher.group(1)));
            }
            if (show) {
                System.out.println(line);
            }
        });
        return solver;
    }

    /** The solution as teams: stays by their booleans, then each count filled with free members of its class. */
    private Map<String, AdvisingRequirement> assignment(CpSolver solver) {
        Map<String, AdvisingRequirement> assignment = new HashMap<>();
        ownTeam.forEach((x, team) -> {
            if (solver.booleanValue(x)) {
                assignment.put(team.getId(), ownRequirement.get(x));
            }
        });
        Map<Pool, Deque<AdvisorTeam>> waiting = new HashMap<>();
        classes.forEach((teamClass, members) -> {
            Deque<AdvisorTeam> free = new ArrayDeque<>(members.stream()
                    .filter(team -> !assignment.containsKey(team.getId())).toList());
            toArea.get(teamClass).forEach((area, moving) -> {
                for (long i = solver.value(moving); i > 0; i--) {
                    waiting.computeIfAbsent(pool(teamClass, area), ignored -> new ArrayDeque<>())
                            .add(free.removeFirst());
                }
            });
        });
        poolOf.forEach((n, pool) -> {
            for (long i = solver.value(n); i > 0; i--) {
                assignment.put(waiting.get(pool).removeFirst().getId(), poolRequirement.get(n));
            }
        });
        return assignment;
    }

    /** Timefold's solution (the hint) as counts: teams of each class per area, and of each pool per requirement. */
    private record HintedCounts(Map<String, Map<TeamClass, Integer>> toArea,
            Map<Pool, Map<String, Integer>> inPool, boolean present) {

        static HintedCounts of(ExactDeployment exact, Map<String, String> hint) {
            Map<String, AdvisingRequirement> byId = exact.plan.requirements().stream()
                    .collect(Collectors.toMap(AdvisingRequirement::id, requirement -> requirement));
            Map<String, Map<TeamClass, Integer>> toArea = new HashMap<>();
            Map<Pool, Map<String, Integer>> inPool = new HashMap<>();
            exact.classes.forEach((teamClass, members) -> members.forEach(team -> {
                AdvisingRequirement requirement = byId.get(hint.get(team.getId()));
                if (requirement != null && !own(team, requirement)) {
                    toArea.computeIfAbsent(requirement.area(), ignored -> new HashMap<>())
                            .merge(teamClass, 1, Integer::sum);
                    inPool.computeIfAbsent(exact.pool(teamClass, requirement.area()), ignored -> new HashMap<>())
                            .merge(requirement.id(), 1, Integer::sum);
                }
            }));
            return new HintedCounts(toArea, inPool, !hint.isEmpty());
        }

        Optional<Integer> toArea(TeamClass teamClass, String area) {
            return present ? Optional.of(toArea.getOrDefault(area, Map.of()).getOrDefault(teamClass, 0))
                    : Optional.empty();
        }

        Optional<Integer> inPool(Pool pool, AdvisingRequirement requirement) {
            return present ? Optional.of(inPool.getOrDefault(pool, Map.of())
                    .getOrDefault(requirement.id(), 0)) : Optional.empty();
        }
    }

    /** A team's own requirement or institution: where its score depends on who it is. */
    private static boolean own(AdvisorTeam team, AdvisingRequirement requirement) {
        return requirement.id().equals(team.currentRequirement())
                || requirement.institution().equals(team.currentInstitution());
    }

    private Pool pool(TeamClass teamClass, String area) {
        return new Pool(teamClass.nation(), teamClass.size(), area, teamClass.home());
    }

    /** Nations some rule names: a caveat, a cap or a spoke's lead; teams of any other nation are alike. */
    private Set<String> namedNations() {
        Set<String> named = new TreeSet<>();
        plan.caveats().forEach(caveat -> named.add(caveat.nation()));
        plan.caps().forEach(cap -> named.add(cap.nation()));
        plan.requirements().forEach(requirement -> named.add(requirement.leadNation()));
        named.remove("");
        return named;
    }

    /** Counts {@code x} teams of the size at the requirement: its troops, station, nation and score. */
    private void assign(LinearArgument x, AdvisingRequirement requirement, String nation, long size, String home,
            long linear) {
        String station = requirement.mode() == EngagementMode.REMOTE ? home : requirement.location();
        sum("troops", requirement).addTerm(x, size);
        sum("capped", requirement).addTerm(x, Math.min(size, requirement.requiredSize()));
        eligible.merge(requirement, size * upper(x), Long::sum);
        sum("station", station).addTerm(x, size);
        sum("remaining", "").addTerm(x, size);
        if (!nation.isEmpty()) {
            sum("nation@station", nation + "@" + station).addTerm(x, size);
        }
        if (!drawdown) {
            // Assigned, the team no longer counts at home, where an unassigned one stays in an allocation.
            sum("station", home).addTerm(x, -size);
            if (!nation.isEmpty()) {
                sum("nation@station", nation + "@" + home).addTerm(x, -size);
            }
        } else if (!nation.isEmpty()) {
            sum("nation", nation).addTerm(x, size);
        }
        if (linear != 0) {
            terms.add(x);
            coefficients.add(linear);
        }
    }

    private static long upper(LinearArgument x) {
        return x instanceof IntVar variable ? variable.getDomain().max() : 1;
    }

    private LinearExprBuilder sum(String kind, Object key) {
        return sums.computeIfAbsent(List.of(kind, key), ignored -> LinearExpr.newBuilder());
    }

    /**
     * Covered troops and the excess per requirement, as bounds: covered at most the troops there, the requirement's
     * size and each assignment's troops capped at that size; the excess at least the troops beyond it. A maximum
     * makes them the minimum and the excess, so the optimum and the bound are the score's.
     */
    private void addCoverage(Map<String, String> hint) {
        Map<String, Long> hinted = new HashMap<>();
        plan.teams().forEach(team -> {
            if (hint.containsKey(team.getId())) {
                hinted.merge(hint.get(team.getId()), (long) team.size(), Long::sum);
            }
        });
        for (AdvisingRequirement requirement : plan.requirements()) {
            if (!eligible.containsKey(requirement)) {
                continue;
            }
            long required = requirement.requiredSize();
            LinearExpr troops = sum("troops", requirement).build();
            IntVar covered = model.newIntVar(0, required, "covered " + requirement.id());
            IntVar over = model.newIntVar(0, Math.max(0, eligible.get(requirement) - required),
                    "over " + requirement.id());
            if (!hint.isEmpty()) {
                long there = hinted.getOrDefault(requirement.id(), 0L);
                model.addHint(covered, Math.min(there, required));
                model.addHint(over, Math.max(0, there - required));
            }
            model.addLessOrEqual(covered, troops);
            model.addLessOrEqual(covered, sum("capped", requirement).build());
            model.addGreaterOrEqual(LinearExpr.newBuilder().add(over).add(required).build(), troops);
            terms.add(covered);
            coefficients.add(requirement.weight());
            terms.add(over);
            coefficients.add(-1L);
        }
    }

    /** The ceiling, capacities, national caps and caveats on troops per location. */
    private void addLimits() {
        long constant = 0;
        if (!drawdown) {
            // An unassigned team stays at home in an allocation: every team counts there unless assigned.
            for (AdvisorTeam team : plan.teams()) {
                long size = team.size();
                constant += size;
                sum("station", team.home()).add(size);
                sum("nation", team.nation()).add(size);
                sum("nation@station", team.nation() + "@" + team.home()).add(size);
            }
        }
        if (drawdown) {
            model.addLessOrEqual(sum("remaining", "").build(), plan.settings().troopCeiling());
        } else if (constant > plan.settings().troopCeiling()) {
            model.addBoolOr(new com.google.ortools.sat.Literal[0]);
        }
        for (Station station : plan.stations()) {
            if (station.capacity() != null) {
                model.addLessOrEqual(sum("station", station.code()).build(), station.capacity());
            }
        }
        for (NationalCap cap : plan.caps()) {
            model.addLessOrEqual(sum("nation", cap.nation()).build(), cap.troops());
        }
        for (NationalCaveat caveat : plan.caveats()) {
            if (caveat.kind() != CaveatKind.MAX_TROOPS_PER_LOCATION) {
                continue;
            }
            new ArrayList<>(sums.keySet()).forEach(key -> {
                List<?> parts = (List<?>) key;
                if (parts.get(0).equals("nation@station")
                        && ((String) parts.get(1)).startsWith(caveat.nation() + "@")) {
                    model.addLessOrEqual(sums.get(key).build(), caveat.limit());
                }
            });
        }
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
}
