package org.resolute.planning.domain;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import org.resolute.ResoluteApplication;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;

/**
 * The benchmark's demo figure: starts Resolute with the demo data on an in-memory H2 database, reads the drawdown
 * of the demo posture of 2020-10-31 (about 16,000 troops) to 11,000 as the planner's service does, and times the
 * solve to its first feasible solution, with the score after the time limit.
 */
public final class DemoDrawdown {

    private DemoDrawdown() {
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ResoluteApplication.class)
                .profiles("demo").properties("server.port=0", "logging.level.root=WARN",
                        "spring.datasource.url=jdbc:h2:mem:planner-benchmark;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH")
                .run()) {
            PlanInputs inputs = context.getBean(PlanInputs.class);
            long reading = System.nanoTime();
            PlanInput input = Viewers.runAs(Viewer.SYSTEM,
                    () -> inputs.read(PlanKind.DRAWDOWN, 11_000, LocalDate.of(2020, 10, 31)));
            long readMs = (System.nanoTime() - reading) / 1_000_000;
            int troops = input.teams().stream().mapToInt(PlanInput.TeamInput::size).sum();
            HardSoftLongScore[] last = new HardSoftLongScore[1];
            long first = PlannerBenchmark.firstFeasible(input.toDeployment(), seconds, last);
            System.out.printf(Locale.ROOT, "| demo posture of 2020-10-31 (%,d troops, %d teams, %d requirements) to "
                    + "11,000 | %,d ms | %,d ms | %s |%n", troops, input.teams().size(), input.requirements().size(),
                    readMs, first, last[0]);
        }
    }
}
