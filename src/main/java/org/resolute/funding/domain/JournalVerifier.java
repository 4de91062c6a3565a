package org.resolute.funding.domain;

import java.util.List;
import java.util.Objects;

import org.resolute.funding.JournalVerification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes the journal's chain from its first entry and names the first entry that does not hold: altered
 * (its hash no longer matches), removed (a gap in the positions), replaced (its link does not match), or a
 * removed tail (the chain stops short of the seal).
 */
@Component
class JournalVerifier {

    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final JournalSealer sealer;

    JournalVerifier(JdbcTemplate jdbc, JournalSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    JournalVerification verify() {
        sealer.sealPending();
        JournalSealer.Seal seal = sealer.seal(false);
        long unsealed = jdbc.queryForObject("SELECT COUNT(*) FROM funding_entry WHERE chain_position IS NULL",
                Long.class);
        long checked = 0;
        String previousHash = JournalEntry.GENESIS;
        Link last = null;
        List<Link> page;
        do {
            page = jdbc.query("SELECT chain_position, previous_hash, entry_hash, " + JournalEntry.COLUMNS
                    + " FROM funding_entry WHERE chain_position > ? AND chain_position <= ? ORDER BY chain_position"
                    + " LIMIT " + PAGE, (row, n) -> new Link(row.getLong("chain_position"),
                            row.getString("previous_hash"), row.getString("entry_hash"), JournalEntry.from(row)),
                    last == null ? 0 : last.position(), seal.lastPosition());
            for (Link link : page) {
                String problem = link.problem(checked + 1, previousHash);
                if (problem != null) {
                    return new JournalVerification(false, checked, link.entry().id(), problem, unsealed);
                }
                checked++;
                previousHash = link.hash();
                last = link;
            }
        } while (page.size() == PAGE);
        if (checked < seal.lastPosition()) {
            return new JournalVerification(false, checked, null, "the chain ends at position " + checked
                    + " but was sealed up to " + seal.lastPosition() + ": entries were removed from its end",
                    unsealed);
        }
        if (last != null && !last.hash().equals(seal.lastHash())) {
            return new JournalVerification(false, checked - 1, last.entry().id(),
                    "the last entry's hash does not match the seal", unsealed);
        }
        return new JournalVerification(true, checked, null, null, unsealed);
    }

    /** A sealed entry as stored: its place in the chain and what it says. */
    private record Link(long position, String previousHash, String hash, JournalEntry entry) {

        String problem(long expectedPosition, String expectedPreviousHash) {
            if (position != expectedPosition) {
                return "the entry at position " + expectedPosition + " is missing";
            }
            if (!expectedPreviousHash.equals(previousHash)) {
                return "its previous hash does not match the hash of the entry before it";
            }
            if (!Objects.equals(hash, entry.hash(position, previousHash))) {
                return "its content does not match its hash: the row was altered";
            }
            return null;
        }
    }
}
