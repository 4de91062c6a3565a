package org.resolute.kernel.chain;

import java.time.Duration;

import org.resolute.kernel.cluster.ClusterDuties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A hash chain kept sealed behind its writers: on a schedule, by one node per period (a run that fails is logged
 * and the next one seals what it left), on demand, and verified from its start. The audit trail and the funding
 * journal are such chains; each says only what it chains, its block and page sizes and its duty's name.
 *
 * @param <C> what an entry says
 */
public final class SealedChain<C> {

    private static final Logger log = LoggerFactory.getLogger(SealedChain.class);

    private final ChainSealer<C> sealer;
    private final ChainVerifier<C> verifier;
    private final ClusterDuties duties;
    private final String duty;
    private final Duration interval;
    private final String what;

    /**
     * @param block how many entries one sealing transaction seals at most
     * @param page how many entries verification reads at a time
     * @param duty the cluster duty that lets one node seal per period, e.g. {@code "audit-seal"}
     * @param what the chain, for the log, e.g. "the audit trail"
     */
    public SealedChain(JdbcTemplate jdbc, PlatformTransactionManager transactions, ChainDefinition<C> chain,
            int block, int page, ClusterDuties duties, String duty, Duration interval, String what) {
        this.sealer = new ChainSealer<>(jdbc, transactions, chain, block);
        this.verifier = new ChainVerifier<>(jdbc, chain, sealer, page);
        this.duties = duties;
        this.duty = duty;
        this.interval = interval;
        this.what = what;
    }

    /** Seals what is pending if this node takes the duty for this period; a failure waits for the next run. */
    public void sealOnSchedule() {
        try {
            duties.runOncePerPeriod(duty, interval, this::sealPending);
        } catch (RuntimeException e) {
            log.warn("Could not seal {} this time; the next run will", what, e);
        }
    }

    /** Seals every entry committed so far; returns how many it sealed. */
    public long sealPending() {
        return sealer.sealPending();
    }

    public ChainCheck verify() {
        return verifier.verify();
    }
}
