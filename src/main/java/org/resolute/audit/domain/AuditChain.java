package org.resolute.audit.domain;

import java.time.Duration;

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
 * The audit trail's hash chain: the kernel's sealer and verifier over {@code audit_entry} and {@code audit_seal},
 * linking each entry by {@link ChainHash}, sealed on a schedule behind the writers. The verification reads every
 * entry whoever asks, because a chain cannot be checked in part; what it reports names no content.
 */
@Component
public class AuditChain {

    static final int BLOCK = 500;
    private static final int PAGE = 1000;
    private static final ChainDefinition<EntryContent> CHAIN = new ChainDefinition<>("audit_entry", "audit_seal",
            "audit_entry e", EntryContent.COLUMNS, (row, n) -> EntryContent.from(row), EntryContent::id,
            ChainHash::of);

    private final SealedChain<EntryContent> chain;

    AuditChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClusterDuties duties,
            @Value("${resolute.audit.seal-interval:1s}") Duration interval) {
        this.chain = new SealedChain<>(jdbc, transactions, CHAIN, BLOCK, PAGE, duties, "audit-seal", interval,
                "the audit trail");
    }

    @Scheduled(fixedDelayString = "${resolute.audit.seal-interval:1s}")
    void sealOnSchedule() {
        chain.sealOnSchedule();
    }

    /** Seals every entry committed so far; returns how many it sealed. */
    public long sealPending() {
        return chain.sealPending();
    }

    public ChainVerification verify() {
        ChainCheck check = chain.verify();
        return new ChainVerification(check.valid(), check.checkedEntries(), check.firstBrokenEntry(),
                check.firstBrokenPosition(), check.problem(), check.unsealedEntries());
    }
}
