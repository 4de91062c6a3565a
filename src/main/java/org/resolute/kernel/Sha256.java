package org.resolute.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest in lower-case hex, the one way the application writes a digest it stores or compares: a
 * request's hash, a chain link, a posting's fingerprint, an API token's hash, an attachment's checksum. Every
 * Java runtime has SHA-256, so its absence is an error of the runtime, not of the input.
 */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest of the bytes, as 64 lower-case hex digits. */
    public static String hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
