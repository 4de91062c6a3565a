package org.resolute.audit.domain;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.resolute.kernel.chain.SealLag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The audit trail's sealer lag for operations: {@code resolute.audit.seal.lag.entries} and {@code .seconds}. */
@Component
class AuditMetrics {

    private static final String UNSEALED =
            "SELECT COUNT(*), MIN(occurred_at) FROM audit_entry WHERE chain_position IS NULL";

    AuditMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        new SealLag(jdbc, clock, UNSEALED).register(registry, "resolute.audit");
    }
}
