package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.resolute.kernel.chain.ChainText;

/**
 * A journal entry as the chain sees it: its line, its marking and the header of the posting it belongs to, so that
 * altering any of them breaks the entry's link. The link hash is the kernel's canonical chain text of the position,
 * the hash before it and every field.
 */
record JournalEntry(long id, UUID posting, int line, String account, String side, BigDecimal amount,
        String currency, LocalDate valueDate, String classification, String releasableTo, Header header) {

    static final String FROM = "funding_entry e JOIN funding_posting p ON p.id = e.posting_id";
    static final String COLUMNS = "e.id, e.posting_id, e.line, e.account_id, e.side, e.amount, e.currency, "
            + "e.value_date, e.classification, e.releasable_to, p.idempotency_key, p.fingerprint, "
            + "p.value_date AS posting_value_date, p.description, p.source_ref, p.reverses, p.posted_at, p.posted_by, "
            + "p.batch_id";

    /** What the posting's header says. */
    record Header(String idempotencyKey, String fingerprint, LocalDate valueDate, String description,
            String sourceRef, UUID reverses, Instant postedAt, String postedBy, UUID batch) {
    }

    static JournalEntry from(ResultSet row) throws SQLException {
        Header header = new Header(row.getString("idempotency_key"), row.getString("fingerprint"),
                row.getObject("posting_value_date", LocalDate.class), row.getString("description"),
                row.getString("source_ref"), row.getObject("reverses", UUID.class),
                row.getObject("posted_at", OffsetDateTime.class).toInstant(), row.getString("posted_by"),
                row.getObject("batch_id", UUID.class));
        return new JournalEntry(row.getLong("id"), row.getObject("posting_id", UUID.class), row.getInt("line"),
                row.getString("account_id"), row.getString("side"), row.getBigDecimal("amount"),
                row.getString("currency"), row.getObject("value_date", LocalDate.class),
                row.getString("classification"), row.getString("releasable_to"), header);
    }

    String hash(long position, String previousHash) {
        return ChainText.of("resolute-journal-v3", position, previousHash)
                .field("id", Long.toString(id))
                .field("posting", posting.toString())
                .field("line", Integer.toString(line))
                .field("account", account)
                .field("side", side)
                .field("amount", amount.setScale(4).toPlainString())
                .field("currency", currency)
                .field("value_date", valueDate.toString())
                .field("classification", classification)
                .field("releasable_to", releasableTo)
                .field("idempotency_key", header.idempotencyKey())
                .field("fingerprint", header.fingerprint())
                .field("posting_value_date", header.valueDate().toString())
                .field("description", header.description())
                .field("source_ref", header.sourceRef())
                .field("reverses", header.reverses() == null ? null : header.reverses().toString())
                .field("posted_at", header.postedAt().toString())
                .field("posted_by", header.postedBy())
                .field("batch", header.batch() == null ? null : header.batch().toString())
                .sha256();
    }
}
