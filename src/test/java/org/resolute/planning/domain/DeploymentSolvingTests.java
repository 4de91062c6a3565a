package org.resolute.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.resolute.planning.domain.Fixtures.caveat;
import static org.resolute.planning.domain.Fixtures.requirement;
import static org.resolute.planning.domain.Fixtures.settings;
import static org.resolute.planning.domain.Fixtures.team;
import static org.resolute.planning.domain.Fixtures.teamAt;

import java.time.Duration;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

import org.resolute.force.CaveatKind;

class DeploymentSolvingTests {

    private final AdvisingRequirement mod = requirement("MOD", "EF1", 1, "KABUL", "Capital", 40);
    private final AdvisingRequirement south = requirement("205-CORPS", "EF4", 2, "KANDAHAR", "South", 40);
    private final AdvisingRequirement north = requirement("209-CORPS", "EF4", 3, "MAZAR", "North", 40);
    private final AdvisingRequirement police = requirement("MOI", "EF8", 5, "KABUL", "Capital", 40);

    private Deployment instance(PlanKind kind, int ceiling) {
        List<AdvisorTeam> teams = List.of(teamAt("DEU-1", "DEU", 40, north, "EF4"),
                teamAt("DEU-2", "DEU", 40, mod, "EF1", "EF4"), teamAt("USA-1", "USA", 40, police, "EF1", "EF4", "EF8"),
                team("USA-2", "USA", 40, "KANDAHAR", "EF4", "EF8"), teamAt("GBR-1", "GBR", 40, mod, "EF1", "EF8"));
        return new Deployment(teams, List.of(mod, south, north, police),
                List.of(new Station("KABUL", "Capital", 120), new Station("KANDAHAR", "South", null),
                        new Station("MAZAR", "North", null)),
                List.of(new NationalCap("DEU", 80, "Bundestag mandate")),
                List.of(caveat("C-DEU-1", "DEU", CaveatKind.ALLOWED_REGIONS, List.of("North", "Capital"), null)),
                settings(kind, ceiling));
    }

    /** Solves under FULL_ASSERT until the known optimum (or a minute, and the test fails on the figures). */
    private PlanResult solve(Deployment problem, String optimum) {
        var config = Solvers.config(Duration.ofSeconds(60), EnvironmentMode.FULL_ASSERT);
        config.getTerminationConfig().setBestScoreLimit(optimum);
        var factory = SolverFactory.<Deployment>create(config);
        Deployment best = factory.buildSolver().solve(Drawdown.prepare(problem));
        ScoreAnalysis<HardSoftLongScore> analysis = SolutionManager.<Deployment, HardSoftLongScore>create(factory).analyze(best);
        assertThat(best.score().isFeasible()).as("score %s", best.score()).isTrue();
        return Outcomes.of(best, analysis);
    }

    @Test
    void anAllocationUnderFullAssertIsFeasibleAndCoversEveryRequirementItCan() {
        PlanResult plan = solve(instance(PlanKind.ALLOCATION, 16000), "0hard/1240soft");

        assertThat(plan.violations()).isEmpty();
        assertThat(plan.troopsAfter()).isEqualTo(200);
        assertThat(plan.coverageAfter()).isEqualTo(100.0);
        assertThat(plan.assignments()).filteredOn(a -> a.team().startsWith("DEU"))
                .extracting(PlanAssignment::location).doesNotContain("KANDAHAR");
    }

    @Test
    void aDrawdownKeepsTheHighestPrioritiesWithinTheCeilingAndNamesWhatIsLost() {
        PlanResult plan = solve(instance(PlanKind.DRAWDOWN, 120), "0hard/1160soft");

        assertThat(plan.troopsAfter()).isEqualTo(120);
        assertThat(plan.withdrawn()).isEqualTo(2);
        assertThat(plan.unmet()).extracting(u -> u.requirement()).containsExactly("MOI/EF8");
        assertThat(plan.coverageAfter()).isLessThan(100.0).isGreaterThan(plan.coverageBefore());
        assertThat(plan.assignments()).filteredOn(a -> a.outcome().equals("WITHDRAWN"))
                .allSatisfy(a -> assertThat(a.reasons()).isNotEmpty());
        assertThat(plan.assignments()).filteredOn(a -> a.outcome().equals("KEPT"))
                .allSatisfy(a -> assertThat(String.join(" ", a.reasons())).contains("keeps advising"));
    }
}
