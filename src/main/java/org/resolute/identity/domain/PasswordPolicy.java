package org.resolute.identity.domain;

import java.security.SecureRandom;

import org.resolute.kernel.InvalidInput;

/** What a password must be, and how Resolute makes the one-time passwords it hands out. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInput(field, "Password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 128) {
            throw new InvalidInput(field, "Password must be at most 128 characters");
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
