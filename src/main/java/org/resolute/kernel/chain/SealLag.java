package org.resolute.kernel.chain;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.resolute.kernel.RecentReading;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far a hash chain's sealer is behind its writers, for the duty officer's dashboard: the entries written but
 * not yet sealed, and how long the oldest of them has waited. Read from the database (so every node reports the
 * same, whichever node seals) at most once a second, however many gauges ask.
 */
public final class SealLag {

    private final RecentReading<Reading> reading;

    /**
     * @param query a query returning one row: the count of unsealed entries and the time the oldest was written
     *        (null when there is none)
     */
    public SealLag(JdbcTemplate jdbc, Clock clock, String query) {
        this.reading = new RecentReading<>(clock, Duration.ofSeconds(1), now -> jdbc.queryForObject(query,
                (row, n) -> {
                    OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
                    double waited = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis() / 1000.0);
                    return new Reading(row.getLong(1), waited);
                }));
    }

    /**
     * Registers {@code <name>.seal.lag.entries} and {@code <name>.seal.lag.seconds}; the gauges hold this reading
     * strongly (a gauge's own reference is weak, and nothing else keeps it).
     */
    public void register(MeterRegistry registry, String name) {
        Gauge.builder(name + ".seal.lag.entries", this, lag -> lag.reading.get().entries()).strongReference(true)
                .description("Entries written but not yet sealed into the hash chain").register(registry);
        Gauge.builder(name + ".seal.lag.seconds", this, lag -> lag.reading.get().seconds()).strongReference(true)
                .description("How long the oldest unsealed entry has waited").baseUnit("seconds").register(registry);
    }

    private record Reading(long entries, double seconds) {
    }
}
