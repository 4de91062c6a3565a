package org.resolute.audit.domain;

import java.util.List;
import java.util.Objects;

import org.resolute.audit.ChainVerification;
import org.resolute.audit.domain.ChainSealer.Seal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the chain from its first entry and reports the first link that does not hold: an altered row (its
 * hash no longer matches), a removed row (a gap in the positions), a replaced row (its previous hash does not
 * match), or a removed tail (the chain stops short of the seal). It reads every entry whoever asks, because a
 * chain cannot be checked in part; what it reports names no content.
 */
@Component
public class ChainVerifier {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final ChainSealer sealer;

    ChainVerifier(JdbcTemplate jdbc, ChainSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    public ChainVerification verify() {
        sealer.sealPending();
        Seal seal = jdbc.queryForObject("SELECT last_position, last_hash FROM audit_seal WHERE id = 1",
                (row, n) -> new Seal(row.getLong("last_position"), row.getString("last_hash")));
        long unsealed = countUnsealed();
        long checked = 0;
        String previousHash = ChainHash.GENESIS;
        Link last = null;
        List<Link> page;
        do {
            page = jdbc.query("SELECT chain_position, previous_hash, entry_hash, " + EntryContent.COLUMNS
                    + " FROM audit_entry WHERE chain_position > ? AND chain_position <= ? ORDER BY chain_position"
                    + " LIMIT " + PAGE, (row, n) -> new Link(row.getLong("chain_position"),
                            row.getString("previous_hash"), row.getString("entry_hash"), EntryContent.from(row)),
                    last == null ? 0 : last.position(), seal.lastPosition());
            for (Link link : page) {
                long expected = checked + 1;
                String problem = link.problem(expected, previousHash);
                if (problem != null) {
                    return ChainVerification.broken(checked, link.content().id(), link.position(), problem,
                            unsealed);
                }
                checked++;
                previousHash = link.hash();
                last = link;
            }
        } while (page.size() == PAGE);
        if (checked < seal.lastPosition()) {
            return ChainVerification.broken(checked, null, checked + 1, "the chain ends at position " + checked
                    + " but was sealed up to position " + seal.lastPosition() + ": entries were removed from its end",
                    unsealed);
        }
        if (last != null && !last.hash().equals(seal.lastHash())) {
            return ChainVerification.broken(checked - 1, last.content().id(), last.position(),
                    "the last entry's hash does not match the seal", unsealed);
        }
        return ChainVerification.intact(checked, unsealed);
    }

    private long countUnsealed() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE chain_position IS NULL",
                Long.class);
        return count == null ? 0 : count;
    }

    /** A sealed entry as stored: its place in the chain and what it says. */
    private record Link(long position, String previousHash, String hash, EntryContent content) {

        String problem(long expectedPosition, String expectedPreviousHash) {
            if (position != expectedPosition) {
                return "the entry at position " + expectedPosition + " is missing before it";
            }
            if (!expectedPreviousHash.equals(previousHash)) {
                return "its previous hash does not match the hash of the entry before it";
            }
            if (!Objects.equals(hash, ChainHash.of(position, previousHash, content))) {
                return "its content does not match its hash: the row was altered";
            }
            return null;
        }
    }
}
