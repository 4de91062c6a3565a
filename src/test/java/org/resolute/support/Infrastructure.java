package org.resolute.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Whether a test that cannot find PostgreSQL or Chromium may skip. Locally it may; CI sets
 * {@code -Dresolute.requireInfrastructure=true} so that a missing service fails the build instead.
 */
final class Infrastructure {

    private Infrastructure() {
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getProperty("resolute.requireInfrastructure", "false"))
                || "true".equalsIgnoreCase(System.getenv("RESOLUTE_REQUIRE_INFRASTRUCTURE"));
    }

    static ConditionEvaluationResult missing(String what) {
        if (required()) {
            throw new IllegalStateException(what + " is required (resolute.requireInfrastructure=true) but missing");
        }
        return ConditionEvaluationResult.disabled("skipped: " + what);
    }
}
