package org.resolute.planning.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;


/**
 * The planner's benchmark (not a test; run by {@code benchmarks/planner.sh}): on generated drawdowns of the given
 * sizes, Timefold's best after the time limit against CP-SAT's optimum or bound on the same model, with the hard
 * constraints Timefold still breaks and the relative gap; then the demo posture's drawdown to 11,000 (see
 * {@link DemoDrawdown}). Prints one line per figure, in Markdown table rows.
 *
 * <pre>java ... PlannerBenchmark TEAMS[,TEAMS...] TIMEFOLD_SECONDS CPSAT_SECONDS[,CPSAT_SECONDS...] SEED CEILING_SHARE
 *     HINTED CPSAT_PARAMETERS</pre>
 *
 * CPSAT_SECONDS may give one limit per size, in the order of TEAMS. With HINTED true CP-SAT starts from Timefold's
 * best solution (so its best is at least Timefold's and its time goes to improving it and to the bound); CP-SAT
 * scores that start too, which must be Timefold's score, and Timefold scores CP-SAT's best, which must be at least
 * CP-SAT's objective: both models agree. Since the optimum is at most the bound, Timefold's gap to the bound is at
 * least its gap to the optimum.
 */
public final class PlannerBenchmark {

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args[0].split(",") : new String[] {"500", "2000"};
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String[] exactSeconds = args.length > 2 ? args[2].split(",") : new String[] {"300", "900"};
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
        double share = args.length > 4 ? Double.parseDouble(args[4]) : 0.7;
        boolean hinted = args.length > 5 && Boolean.parseBoolean(args[5]);
        String parameters = args.length > 6 ? args[6] : "num_workers:8 linearization_level:2";
        System.out.println("| teams | requirements | Timefold after " + seconds + " s | hard broken | CP-SAT variables"
                + " | CP-SAT's time | CP-SAT's score of Timefold's solution | CP-SAT's best | its solution scored by"
                + " Timefold | CP-SAT status | bound | Timefold's gap to the bound | Timefold's gap to the best known |"
                + " within 1% of the optimum |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < sizes.length; i++) {
            int teams = Integer.parseInt(sizes[i].trim());
            double limit = Double.parseDouble(exactSeconds[Math.min(i, exactSeconds.length - 1)].trim());
            Deployment problem = GeneratedInstances.generate(seed, teams, PlanKind.DRAWDOWN, share);
            Deployment best = timefold(problem, seconds);
            HardSoftLongScore timefold = best.score();
            Map<String, String> hint = new HashMap<>();
            best.teams().stream().filter(team -> team.getRequirement() != null)
                    .forEach(team -> hint.put(team.getId(), team.getRequirement().id()));
            Deployment exactProblem = GeneratedInstances.generate(seed, teams, PlanKind.DRAWDOWN, share);
            ExactDeployment.Outcome exact = ExactDeployment.solve(exactProblem, limit, parameters,
                    hinted ? hint : Map.of());
            exactProblem.teams().forEach(team -> team.setRequirement(exact.assignment().get(team.getId())));
            HardSoftLongScore rescored = Solvers.solutionManager().update(exactProblem);
            long bestKnown = Math.max(timefold.softScore(), rescored.hardScore() == 0 ? rescored.softScore() : 0);
            double gap = gap(exact.bound(), timefold.softScore());
            System.out.printf(Locale.ROOT, "| %,d | %,d | %s | %d | %,d | %.0f s | %s | %,d | %s | %s | %,d | %.3f%% |"
                    + " %.3f%% | %s |%n", teams, problem.requirements().size(), timefold, -timefold.hardScore(),
                    exact.variables(), exact.seconds(), exact.hintObjective() == null ? "-"
                            : String.format(Locale.ROOT, "%,d", exact.hintObjective()),
                    exact.objective(), rescored, exact.status(), exact.bound(), gap,
                    gap(bestKnown, timefold.softScore()),
                    timefold.hardScore() == 0 && gap <= 1.0 ? "yes (proven)" : "not shown");
        }
    }

    static Deployment timefold(Deployment problem, int seconds) {
        return Solvers.solver(Duration.ofSeconds(seconds)).solve(Drawdown.prepare(problem));
    }

    /** How far below the reference the score lies, in percent of the reference (negative when above it). */
    static double gap(long reference, long score) {
        return reference == 0 ? 0 : (reference - score) * 100.0 / Math.abs(reference);
    }

    /** Milliseconds from the start of the solve to its first feasible best solution, or -1 when none came. */
    static long firstFeasible(Deployment start, int seconds, HardSoftLongScore[] finalScore) {
        SolutionManager<Deployment, HardSoftLongScore> scores = Solvers.solutionManager();
        long started = System.nanoTime();
        Deployment prepared = Drawdown.prepare(start);
        AtomicLong first = new AtomicLong(-1);
        if (scores.update(prepared).hardScore() == 0) {
            first.set((System.nanoTime() - started) / 1_000_000);
        }
        Solver<Deployment> solver = Solvers.solver(Duration.ofSeconds(seconds));
        solver.addEventListener(event -> {
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            if (score.hardScore() == 0 && first.get() < 0) {
                first.set((System.nanoTime() - started) / 1_000_000);
            }
        });
        finalScore[0] = solver.solve(prepared).score();
        return first.get();
    }
}
