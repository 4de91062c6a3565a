package org.resolute.kernel.chain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed entries into a hash chain, behind the writers and in blocks. Writers only insert entries with
 * empty chain columns; the sealer alone fills them, holding the seal row's lock while it extends the chain, so
 * sealers (on any number of nodes) take turns while writers never wait for one another. An entry that commits
 * late is sealed in a later block: the chain's order is the sealing order.
 *
 * @param <C> what an entry says
 */
public final class ChainSealer<C> {

    private final JdbcTemplate jdbc;
    private final ChainDefinition<C> chain;
    private final int block;
    private final TransactionTemplate ownTransaction;

    public ChainSealer(JdbcTemplate jdbc, PlatformTransactionManager transactions, ChainDefinition<C> chain,
            int block) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.block = block;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Seals every entry committed so far, each block in a transaction of its own; returns how many. */
    public long sealPending() {
        long sealed = 0;
        int count;
        do {
            Integer done = ownTransaction.execute(status -> sealBlock());
            count = done == null ? 0 : done;
            sealed += count;
        } while (count == block);
        return sealed;
    }

    /** How far the chain reaches and the hash it ends with; with {@code lock}, held until the transaction ends. */
    public Seal seal(boolean lock) {
        return jdbc.queryForObject("SELECT last_position, last_hash FROM " + chain.sealTable() + " WHERE id = 1"
                + (lock ? " FOR UPDATE" : ""), (row, n) -> new Seal(row.getLong("last_position"),
                row.getString("last_hash")));
    }

    private int sealBlock() {
        Seal seal = seal(true);
        List<C> unsealed = jdbc.query("SELECT " + chain.columns() + " FROM " + chain.from()
                + " WHERE e.chain_position IS NULL ORDER BY e.id LIMIT " + block, chain.content());
        if (unsealed.isEmpty()) {
            return 0;
        }
        List<Object[]> links = new ArrayList<>(unsealed.size());
        long position = seal.lastPosition();
        String previous = seal.lastHash();
        for (C entry : unsealed) {
            position++;
            String hash = chain.hash().of(position, previous, entry);
            links.add(new Object[] {position, previous, hash, chain.id().applyAsLong(entry)});
            previous = hash;
        }
        jdbc.batchUpdate("UPDATE " + chain.entryTable() + " SET chain_position = ?, previous_hash = ?, "
                + "entry_hash = ? WHERE id = ? AND chain_position IS NULL", links);
        jdbc.update("UPDATE " + chain.sealTable() + " SET last_position = ?, last_hash = ? WHERE id = 1", position,
                previous);
        return unsealed.size();
    }

    /** The seal row: how far the chain reaches and the hash it ends with. */
    public record Seal(long lastPosition, String lastHash) {
    }
}
