package org.resolute.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.junit.jupiter.api.Test;


/** The greedy start, on seeded random deployments (the seed is in every failure message, to replay it). */
class DrawdownTests {

    private static final long[] SEEDS = {1, 7, 42, 2020, 16000, 11000};

    private final SolutionManager<Deployment, HardSoftLongScore> scores = Solvers.solutionManager();

    @Test
    void aDrawdownStartsFeasibleWhateverTheCeilingCapsCapacitiesAndCaveats() {
        for (long seed : SEEDS) {
            for (double share : new double[] {0.3, 0.6, 0.9}) {
                Deployment plan = Drawdown.prepare(GeneratedInstances.generate(seed, 300, PlanKind.DRAWDOWN, share));
                HardSoftLongScore score = scores.update(plan);
                assertThat(score.hardScore()).as("seed %d, ceiling share %.1f: %s", seed, share, score).isZero();
                int kept = plan.teams().stream().filter(team -> team.getRequirement() != null)
                        .mapToInt(AdvisorTeam::size).sum();
                assertThat(kept).as("seed %d", seed).isLessThanOrEqualTo(plan.settings().troopCeiling());
            }
        }
    }

    @Test
    void theSolverNeverMakesADrawdownWorseThanItsStart() {
        for (long seed : new long[] {3, 11}) {
            Deployment start = Drawdown.prepare(GeneratedInstances.generate(seed, 120, PlanKind.DRAWDOWN, 0.6));
            HardSoftLongScore before = scores.update(start);
            Deployment best = Solvers.solver(Duration.ofSeconds(2)).solve(start);
            assertThat(best.score()).as("seed %d", seed).isGreaterThanOrEqualTo(before);
            assertThat(best.score().hardScore()).as("seed %d", seed).isZero();
        }
    }
}
