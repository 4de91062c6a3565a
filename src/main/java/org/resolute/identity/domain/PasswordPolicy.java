package org.resolute.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.resolute.kernel.InvalidInput;

/** What a password must be, and how Resolute makes the one-time passwords it hands out. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** The most bcrypt hashes: a longer password would be refused by the encoder (a 500), not by this policy. */
    public static final int MAX_BYTES = 72;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, "identity.error.passwordShort",
                    "Password must be at least " + MIN_LENGTH + " characters", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInput(field, "identity.error.passwordLong",
                    "Password must be at most " + MAX_BYTES + " bytes (72 letters or digits)", MAX_BYTES);
        }
    }

    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
