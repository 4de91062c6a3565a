package org.resolute.planning.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The planner's queue for operations: {@code resolute.plans{status=queued|solving}}, read from the database (the
 * queue every node shares), at most once a second.
 */
@Component
class PlanMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Instant readAt = Instant.MIN;
    private volatile Map<PlanStatus, Long> counts = Map.of();

    PlanMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (PlanStatus status : new PlanStatus[] {PlanStatus.QUEUED, PlanStatus.SOLVING}) {
            Gauge.builder("resolute.plans", this, metrics -> metrics.count(status))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Plans waiting for a solver, and being solved").register(registry);
        }
    }

    private double count(PlanStatus status) {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(FRESH) >= 0) {
            Map<PlanStatus, Long> fresh = new EnumMap<>(PlanStatus.class);
            jdbc.query("SELECT status, COUNT(*) FROM plan WHERE status IN ('QUEUED', 'SOLVING') GROUP BY status",
                    row -> {
                        fresh.put(PlanStatus.valueOf(row.getString(1)), row.getLong(2));
                    });
            counts = fresh;
            readAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }
}
