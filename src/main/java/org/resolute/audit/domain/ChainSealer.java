package org.resolute.audit.domain;

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
 * Seals committed entries into the hash chain, behind the writers and in blocks. Only the sealer touches the
 * seal row, and it holds that row's lock while it extends the chain, so sealers (on any number of nodes) take
 * turns while writers never wait for one another. An entry that commits late is sealed in a later block.
 */
@Component
public class ChainSealer {

    static final int BLOCK = 500;
    private static final Logger log = LoggerFactory.getLogger(ChainSealer.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ChainSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(fixedDelayString = "${resolute.audit.seal-interval:1s}")
    void sealOnSchedule() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            log.warn("Could not seal the audit trail this time; the next run will", e);
        }
    }

    /** Seals every entry committed so far; returns how many it sealed. */
    public long sealPending() {
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
        Seal seal = jdbc.queryForObject("SELECT last_position, last_hash FROM audit_seal WHERE id = 1 FOR UPDATE",
                (row, n) -> new Seal(row.getLong("last_position"), row.getString("last_hash")));
        List<EntryContent> unsealed = jdbc.query("SELECT " + EntryContent.COLUMNS
                + " FROM audit_entry WHERE chain_position IS NULL ORDER BY id LIMIT " + BLOCK,
                (row, n) -> EntryContent.from(row));
        if (unsealed.isEmpty()) {
            return 0;
        }
        List<Object[]> links = new ArrayList<>(unsealed.size());
        long position = seal.lastPosition();
        String previous = seal.lastHash();
        for (EntryContent entry : unsealed) {
            position++;
            String hash = ChainHash.of(position, previous, entry);
            links.add(new Object[] {position, previous, hash, entry.id()});
            previous = hash;
        }
        jdbc.batchUpdate("UPDATE audit_entry SET chain_position = ?, previous_hash = ?, entry_hash = ? "
                + "WHERE id = ? AND chain_position IS NULL", links);
        jdbc.update("UPDATE audit_seal SET last_position = ?, last_hash = ? WHERE id = 1", position, previous);
        return unsealed.size();
    }

    /** The seal row: how far the chain reaches and the hash it ends with. */
    record Seal(long lastPosition, String lastHash) {
    }
}
