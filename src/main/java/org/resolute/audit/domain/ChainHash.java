package org.resolute.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links an entry into the chain: SHA-256 (hex) over a canonical text of its position, the hash of
 * the entry before it and every content field. Each value is written with its length, so no two different
 * entries share a text by moving characters from one field into the next.
 */
public final class ChainHash {

    /** The "previous hash" of the first entry in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(long position, String previousHash, EntryContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonicalText(position, previousHash, content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static String canonicalText(long position, String previousHash, EntryContent content) {
        StringBuilder text = new StringBuilder("resolute-audit-v1\n");
        field(text, "position", Long.toString(position));
        field(text, "previous_hash", previousHash);
        field(text, "id", Long.toString(content.id()));
        field(text, "occurred_at", content.occurredAt().toString());
        field(text, "actor", content.actor());
        field(text, "module", content.module());
        field(text, "record_type", content.recordType());
        field(text, "record_id", content.recordId());
        field(text, "action", content.action());
        field(text, "before", content.before());
        field(text, "after", content.after());
        field(text, "classification", content.classification());
        field(text, "releasable_to", content.releasableTo());
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }
}
