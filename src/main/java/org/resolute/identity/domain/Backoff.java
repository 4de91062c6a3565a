package org.resolute.identity.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The delay a run of failed sign-ins earns: none for the first attempts allowed, then a first delay that doubles
 * with each further failure up to the longest. A delay ends by itself: nobody can lock an account for good by
 * failing on purpose, only slow its attempts down for at most the longest delay.
 */
record Backoff(int freeAttempts, Duration firstDelay, Duration longestDelay) {

    /** When the next attempt may be made after this many failures in a row, or null if at once. */
    Instant waitUntil(int failures, Instant now) {
        if (failures < freeAttempts) {
            return null;
        }
        int doublings = Math.min(failures - freeAttempts, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(longestDelay) > 0 ? longestDelay : delay);
    }
}
