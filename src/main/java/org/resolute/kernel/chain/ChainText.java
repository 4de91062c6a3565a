package org.resolute.kernel.chain;

import org.resolute.kernel.Sha256;

/**
 * The canonical text a link hash is taken over: a version line, then one line per field, each value written
 * with its length (a missing value as {@code -}), so that no two different entries share a text by moving
 * characters from one field into the next.
 */
public final class ChainText {

    private final StringBuilder text;

    private ChainText(String version) {
        this.text = new StringBuilder(version).append('\n');
    }

    /** A text beginning with the chain's version and the entry's place in the chain. */
    public static ChainText of(String version, long position, String previousHash) {
        return new ChainText(version).field("position", Long.toString(position)).field("previous_hash",
                previousHash);
    }

    public ChainText field(String name, String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
        return this;
    }

    /** SHA-256 of the text, in lower-case hex. */
    public String sha256() {
        return Sha256.hex(text.toString());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
