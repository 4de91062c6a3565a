package org.resolute.funding.domain;

import java.time.Duration;
import java.util.List;

import org.resolute.kernel.chain.ChainCheck;
import org.resolute.kernel.chain.ChainDefinition;
import org.resolute.kernel.chain.SealedChain;
import org.resolute.kernel.cluster.ClusterDuties;
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
    private static final ChainDefinition<JournalEntry> CHAIN = new ChainDefinition<>("funding_entry",
            "funding_journal_seal", JournalEntry.FROM, JournalEntry.COLUMNS, (row, n) -> JournalEntry.from(row),
            JournalEntry::id, (position, previous, entry) -> entry.hash(position, previous));

    private final SealedChain<JournalEntry> chain;

    JournalChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterDuties duties,
            @Value("${resolute.funding.seal-interval:1s}") Duration interval) {
        this.chain = new SealedChain<>(jdbc, transactions, CHAIN, BLOCK, PAGE, duties, "journal-seal", interval,
                "the journal");
    }

    @Scheduled(fixedDelayString = "${resolute.funding.seal-interval:1s}")
    void sealOnSchedule() {
        chain.sealOnSchedule();
    }

    long sealPending() {
        return chain.sealPending();
    }

    JournalVerification verify() {
        ChainCheck check = chain.verify();
        return new JournalVerification(check.valid(), check.checkedEntries(), check.firstBrokenEntry(),
                check.problem(), check.unsealedEntries(), 0, List.of());
    }
}
