package org.resolute.planning.domain;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;

import org.resolute.planning.PlanKind;

/**
 * The planner's benchmark (not a test; run by {@code benchmarks/planner.sh}): on generated drawdowns of the given
 * sizes, Timefold's best after the time limit against CP-SAT's optimum or bound on the same model, with the hard
 * constraints Timefold still breaks and the relative gap; then the demo posture's drawdown to 11,000 (see
 * {@link DemoDrawdown}). Prints one line per figure, in Markdown table rows.
 *
 * <pre>java ... PlannerBenchmark TEAMS[,TEAMS...] TIMEFOLD_SECONDS CPSAT_SECONDS SEED CEILING_SHARE HINTED</pre>
 *
 * With HINTED true CP-SAT starts from Timefold's best solution (so its best is at least Timefold's and its time
 * goes to improving it and to the bound).
 */
public final class PlannerBenchmark {

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length > 0 ? args[0].split(",") : new String[] {"500", "2000"};
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int exactSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 7;
        double share = args.length > 4 ? Double.parseDouble(args[4]) : 0.7;
        boolean hinted = args.length > 5 && Boolean.parseBoolean(args[5]);
        System.out.println("| teams | requirements | Timefold after " + seconds + " s | hard broken | CP-SAT ("
                + exactSeconds + " s, 2 workers) | its solution scored by Timefold | CP-SAT status | bound |"
                + " Timefold's gap to the bound | Timefold's gap to the best known |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String size : sizes) {
            int teams = Integer.parseInt(size.trim());
            Deployment problem = GeneratedInstances.generate(seed, teams, PlanKind.DRAWDOWN, share);
            Deployment best = timefold(problem, seconds);
            HardSoftLongScore timefold = best.score();
            Map<String, String> hint = new HashMap<>();
            best.teams().stream().filter(team -> team.getRequirement() != null)
                    .forEach(team -> hint.put(team.getId(), team.getRequirement().id()));
            Deployment exactProblem = GeneratedInstances.generate(seed, teams, PlanKind.DRAWDOWN, share);
            ExactDeployment.Outcome exact = ExactDeployment.solve(exactProblem, exactSeconds, 2,
                    hinted ? hint : Map.of());
            exactProblem.teams().forEach(team -> team.setRequirement(exact.assignment().get(team.getId())));
            HardSoftLongScore rescored = Solvers.solutionManager().update(exactProblem);
            long bestKnown = Math.max(timefold.softScore(), rescored.hardScore() == 0 ? rescored.softScore() : 0);
            System.out.printf(Locale.ROOT, "| %,d | %,d | %s | %d | %,d | %s | %s | %,d | %.3f%% | %.3f%% |%n", teams,
                    problem.requirements().size(), timefold, -timefold.hardScore(), exact.objective(), rescored,
                    exact.status(), exact.bound(), gap(exact.bound(), timefold.softScore()),
                    gap(bestKnown, timefold.softScore()));
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
