package org.resolute.funding.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A journal entry as the chain sees it, and the hash that links it: SHA-256 (hex) over its position, the hash
 * before it and every content field, each written with its length so that no two entries share a text.
 */
record JournalEntry(long id, UUID posting, int line, String account, String side, BigDecimal amount,
        String currency, LocalDate valueDate) {

    static final String GENESIS = "0".repeat(64);
    static final String COLUMNS = "id, posting_id, line, account_id, side, amount, currency, value_date";

    static JournalEntry from(ResultSet row) throws SQLException {
        return new JournalEntry(row.getLong("id"), row.getObject("posting_id", UUID.class), row.getInt("line"),
                row.getString("account_id"), row.getString("side"), row.getBigDecimal("amount"),
                row.getString("currency"), row.getObject("value_date", LocalDate.class));
    }

    String hash(long position, String previousHash) {
        StringBuilder text = new StringBuilder("resolute-journal-v1\n");
        field(text, "position", Long.toString(position));
        field(text, "previous_hash", previousHash);
        field(text, "id", Long.toString(id));
        field(text, "posting", posting.toString());
        field(text, "line", Integer.toString(line));
        field(text, "account", account);
        field(text, "side", side);
        field(text, "amount", amount.setScale(4).toPlainString());
        field(text, "currency", currency);
        field(text, "value_date", valueDate.toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':').append(value.length()).append(':').append(value).append('\n');
    }
}
