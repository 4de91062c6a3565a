package org.resolute.funding.domain;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.resolute.kernel.AfterCommit;
import org.resolute.kernel.RecordChanged;
import org.resolute.kernel.chain.SealLag;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ledger's figures for operations: postings committed ({@code resolute.ledger.postings}, a counter whose rate
 * is postings per second; single postings and batches alike, counted when their transaction commits) and the
 * sealer's lag ({@code resolute.ledger.seal.lag.entries}, {@code .seconds}).
 */
@Component
class LedgerMetrics {

    private static final String UNSEALED = """
            SELECT COUNT(*), MIN(p.posted_at) FROM funding_entry e JOIN funding_posting p ON p.id = e.posting_id
            WHERE e.chain_position IS NULL
            """;

    private final Counter postings;

    LedgerMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.postings = Counter.builder("resolute.ledger.postings").description("Postings committed to the ledger")
                .register(registry);
        new SealLag(jdbc, clock, UNSEALED).register(registry, "resolute.ledger");
    }

    @EventListener
    void on(RecordChanged change) {
        int count = switch (change.recordType()) {
            case "Posting" -> 1;
            case "PostingBatch" -> change.after().map(PostingWriter.Summary.class::cast)
                    .map(PostingWriter.Summary::postings).orElse(0);
            default -> 0;
        };
        if (count == 0) {
            return;
        }
        AfterCommit.run(() -> postings.increment(count));
    }
}
