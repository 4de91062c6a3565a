package org.resolute.funding.domain;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed journal entries into the hash chain, behind the writers and in blocks: writers only insert,
 * the sealer alone holds the seal row's lock while it extends the chain. An entry that commits late is sealed in
 * a later block, so the chain's order is the sealing order.
 */
@Component
class JournalSealer {

    static final int BLOCK = 1000;
    private static final Logger log = LoggerFactory.getLogger(JournalSealer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    JournalSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${resolute.funding.seal-interval:1s}")
    void sealOnSchedule() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            log.warn("Could not seal the journal this time; the next run will", e);
        }
    }

    long sealPending() {
        long sealed = 0;
        int block;
        do {
            Integer count = ownTransaction.execute(status -> sealBlock());
            block = count == null ? 0 : count;
            sealed += block;
        } while (block == BLOCK);
        return sealed;
    }

    private int sealBlock() {
        Seal seal = seal(true);
        List<JournalEntry> unsealed = jdbc.query("SELECT " + JournalEntry.COLUMNS
                + " FROM funding_entry WHERE chain_position IS NULL ORDER BY id LIMIT " + BLOCK,
                (row, n) -> JournalEntry.from(row));
        if (unsealed.isEmpty()) {
            return 0;
        }
        List<Object[]> links = new ArrayList<>(unsealed.size());
        long position = seal.lastPosition();
        String previous = seal.lastHash();
        for (JournalEntry entry : unsealed) {
            position++;
            String hash = entry.hash(position, previous);
            links.add(new Object[] {position, previous, hash, entry.id()});
            previous = hash;
        }
        jdbc.batchUpdate("UPDATE funding_entry SET chain_position = ?, previous_hash = ?, entry_hash = ? "
                + "WHERE id = ? AND chain_position IS NULL", links);
        jdbc.update("UPDATE funding_journal_seal SET last_position = ?, last_hash = ? WHERE id = 1", position,
                previous);
        return unsealed.size();
    }

    Seal seal(boolean lock) {
        return jdbc.queryForObject("SELECT last_position, last_hash FROM funding_journal_seal WHERE id = 1"
                + (lock ? " FOR UPDATE" : ""), (row, n) -> new Seal(row.getLong("last_position"),
                row.getString("last_hash")));
    }

    /** How far the chain reaches and the hash it ends with. */
    record Seal(long lastPosition, String lastHash) {
    }
}
