package org.resolute.audit.domain;

import org.resolute.kernel.chain.ChainDefinition;
import org.resolute.kernel.chain.ChainText;

/**
 * The hash that links an audit entry into the chain: SHA-256 (hex) over the kernel's canonical chain text of its
 * position, the hash of the entry before it and every content field.
 */
public final class ChainHash {

    /** The "previous hash" of the first entry in the chain. */
    public static final String GENESIS = ChainDefinition.GENESIS;

    private ChainHash() {
    }

    public static String of(long position, String previousHash, EntryContent content) {
        return text(position, previousHash, content).sha256();
    }

    public static String canonicalText(long position, String previousHash, EntryContent content) {
        return text(position, previousHash, content).toString();
    }

    private static ChainText text(long position, String previousHash, EntryContent content) {
        return ChainText.of("resolute-audit-v1", position, previousHash)
                .field("id", Long.toString(content.id()))
                .field("occurred_at", content.occurredAt().toString())
                .field("actor", content.actor())
                .field("module", content.module())
                .field("record_type", content.recordType())
                .field("record_id", content.recordId())
                .field("action", content.action())
                .field("before", content.before())
                .field("after", content.after())
                .field("classification", content.classification())
                .field("releasable_to", content.releasableTo());
    }
}
