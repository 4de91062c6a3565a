package org.resolute.funding.domain;

/** A record written by a request that moves money, and whether it was written now or found as a replay. */
public record Recorded<T>(T record, boolean replayed) {
}
