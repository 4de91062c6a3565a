package org.resolute.planning.domain;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;

/**
 * Builds Timefold solvers for deployments from plain configuration (its Spring Boot starter fails on Boot 4). A
 * plan starts from a feasible posture ({@link Drawdown}) where an unassigned team is a decision too, so local
 * search alone improves it; a construction phase would only try every requirement for every unassigned team.
 * Local search is tabu search: on the benchmark's generated drawdowns it ended 3% (500 teams) and 16% (2,000 teams)
 * higher after 30 s than the default late acceptance (see docs/benchmarks.md, "Planner").
 */
public final class Solvers {

    private Solvers() {
    }

    public static SolverConfig config(Duration limit, EnvironmentMode mode) {
        return new SolverConfig().withSolutionClass(Deployment.class).withEntityClasses(AdvisorTeam.class)
                .withConstraintProviderClass(DeploymentConstraints.class).withEnvironmentMode(mode)
                .withTerminationSpentLimit(limit)
                .withPhases(new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH));
    }

    public static Solver<Deployment> solver(Duration limit) {
        return SolverFactory.<Deployment>create(config(limit, EnvironmentMode.REPRODUCIBLE)).buildSolver();
    }

    public static SolutionManager<Deployment, HardSoftLongScore> solutionManager() {
        return SolutionManager.create(SolverFactory.<Deployment>create(config(Duration.ofSeconds(1),
                EnvironmentMode.REPRODUCIBLE)));
    }
}
