package org.resolute.funding.domain;

import java.time.Duration;
import java.util.List;

import org.resolute.kernel.chain.ChainCheck;
import org.resolute.kernel.chain.ChainDefinition;
import org.resolute.kernel.chain.ChainSealer;
import org.resolute.kernel.chain.ChainVerifier;
import org.resolute.kernel.cluster.ClusterDuties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The journal's hash chain: the kernel's sealer and verifier over {@code funding_entry} (each entry read with
 * its posting's header) and {@code funding_journal_seal}, sealed on a schedule behind the writers, which only
 * insert.
 */
@Component
class JournalChain {

    static final int BLOCK = 1000;
    private static final int PAGE = 2000;
    private static final Logger log = LoggerFactory.getLogger(JournalChain.class);
    private static final ChainDefinition<JournalEntry> CHAIN = new ChainDefinition<>("funding_entry",
            "funding_journal_seal", JournalEntry.FROM, JournalEntry.COLUMNS, (row, n) -> JournalEntry.from(row),
            JournalEntry::id, (position, previous, entry) -> entry.hash(position, previous));

    private final ChainSealer<JournalEntry> sealer;
    private final ChainVerifier<JournalEntry> verifier;
    private final ClusterDuties duties;
    private final Duration interval;

    JournalChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterDuties duties,
            @Value("${resolute.funding.seal-interval:1s}") Duration interval) {
        this.duties = duties;
        this.interval = interval;
        this.sealer = new ChainSealer<>(jdbc, transactions, CHAIN, BLOCK);
        this.verifier = new ChainVerifier<>(jdbc, CHAIN, sealer, PAGE);
    }

    @Scheduled(fixedDelayString = "${resolute.funding.seal-interval:1s}")
    void sealOnSchedule() {
        try {
            duties.runOncePerPeriod("journal-seal", interval, this::sealPending);
        } catch (RuntimeException e) {
            log.warn("Could not seal the journal this time; the next run will", e);
        }
    }

    long sealPending() {
        return sealer.sealPending();
    }

    JournalVerification verify() {
        ChainCheck check = verifier.verify();
        return new JournalVerification(check.valid(), check.checkedEntries(), check.firstBrokenEntry(),
                check.problem(), check.unsealedEntries(), 0, List.of());
    }
}
