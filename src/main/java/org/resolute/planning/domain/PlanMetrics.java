package org.resolute.planning.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.resolute.kernel.RecentReading;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The planner's queue for operations: {@code resolute.plans{status=queued|solving}}, read from the database (the
 * queue every node shares), at most once a second.
 */
@Component
class PlanMetrics {

    private final RecentReading<Map<PlanStatus, Long>> counts;

    PlanMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.counts = new RecentReading<>(clock, Duration.ofSeconds(1), now -> {
            Map<PlanStatus, Long> read = new EnumMap<>(PlanStatus.class);
            jdbc.query("SELECT status, COUNT(*) FROM plan WHERE status IN ('QUEUED', 'SOLVING') GROUP BY status",
                    row -> {
                        read.put(PlanStatus.valueOf(row.getString(1)), row.getLong(2));
                    });
            return read;
        });
        for (PlanStatus status : new PlanStatus[] {PlanStatus.QUEUED, PlanStatus.SOLVING}) {
            Gauge.builder("resolute.plans", this, metrics -> metrics.counts.get().getOrDefault(status, 0L))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Plans waiting for a solver, and being solved").register(registry);
        }
    }
}
