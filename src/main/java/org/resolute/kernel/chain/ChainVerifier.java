package org.resolute.kernel.chain;

import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes a hash chain from its first entry and reports the first link that does not hold: an altered row
 * (its hash no longer matches its content), a removed row (a gap in the positions), a replaced row (its previous
 * hash does not match), or a removed tail (the chain stops short of the seal).
 *
 * @param <C> what an entry says
 */
public final class ChainVerifier<C> {

    private final JdbcTemplate jdbc;
    private final ChainDefinition<C> chain;
    private final ChainSealer<C> sealer;
    private final int page;

    public ChainVerifier(JdbcTemplate jdbc, ChainDefinition<C> chain, ChainSealer<C> sealer, int page) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.sealer = sealer;
        this.page = page;
    }

    /** Seals what is committed, then checks the chain from its start. */
    public ChainCheck verify() {
        sealer.sealPending();
        ChainSealer.Seal seal = sealer.seal(false);
        long unsealed = countUnsealed();
        long checked = 0;
        String previousHash = ChainDefinition.GENESIS;
        Link<C> last = null;
        List<Link<C>> links;
        do {
            links = jdbc.query("SELECT e.chain_position, e.previous_hash, e.entry_hash, " + chain.columns()
                    + " FROM " + chain.from() + " WHERE e.chain_position > ? AND e.chain_position <= ?"
                    + " ORDER BY e.chain_position LIMIT " + page, (row, n) -> new Link<>(
                            row.getLong("chain_position"), row.getString("previous_hash"),
                            row.getString("entry_hash"), chain.content().mapRow(row, n)),
                    last == null ? 0 : last.position(), seal.lastPosition());
            for (Link<C> link : links) {
                String problem = problem(link, checked + 1, previousHash);
                if (problem != null) {
                    return ChainCheck.broken(checked, chain.id().applyAsLong(link.content()), link.position(),
                            problem, unsealed);
                }
                checked++;
                previousHash = link.hash();
                last = link;
            }
        } while (links.size() == page);
        if (checked < seal.lastPosition()) {
            return ChainCheck.broken(checked, null, checked + 1, "the chain ends at position " + checked
                    + " but was sealed up to position " + seal.lastPosition()
                    + ": entries were removed from its end", unsealed);
        }
        if (last != null && !last.hash().equals(seal.lastHash())) {
            return ChainCheck.broken(checked - 1, chain.id().applyAsLong(last.content()), last.position(),
                    "the last entry's hash does not match the seal", unsealed);
        }
        return ChainCheck.intact(checked, unsealed);
    }

    private String problem(Link<C> link, long expectedPosition, String expectedPreviousHash) {
        if (link.position() != expectedPosition) {
            return "the entry at position " + expectedPosition + " is missing before it";
        }
        if (!expectedPreviousHash.equals(link.previousHash())) {
            return "its previous hash does not match the hash of the entry before it";
        }
        if (!Objects.equals(link.hash(), chain.hash().of(link.position(), link.previousHash(), link.content()))) {
            return "its content does not match its hash: the row was altered";
        }
        return null;
    }

    private long countUnsealed() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + chain.entryTable()
                + " WHERE chain_position IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** A sealed entry as stored: its place in the chain and what it says. */
    private record Link<C>(long position, String previousHash, String hash, C content) {
    }
}
