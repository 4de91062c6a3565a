package org.resolute.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The wait after failed sign-ins: none at first, then doubling with each failure, never past the longest. */
class BackoffTests {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    final Backoff backoff = new Backoff(5, Duration.ofSeconds(2), Duration.ofMinutes(5));

    @Test
    void theFirstAttemptsAllowedWaitForNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(backoff.waitUntil(failures, NOW)).isNull();
        }
    }

    @Test
    void eachFailureBeyondThemDoublesTheWait() {
        assertThat(backoff.waitUntil(5, NOW)).isEqualTo(NOW.plusSeconds(2));
        assertThat(backoff.waitUntil(6, NOW)).isEqualTo(NOW.plusSeconds(4));
        assertThat(backoff.waitUntil(7, NOW)).isEqualTo(NOW.plusSeconds(8));
        assertThat(backoff.waitUntil(11, NOW)).isEqualTo(NOW.plusSeconds(128));
    }

    @Test
    void theWaitNeverGrowsPastTheLongestHoweverManyFailures() {
        assertThat(backoff.waitUntil(13, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(backoff.waitUntil(1_000_000, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }
}
