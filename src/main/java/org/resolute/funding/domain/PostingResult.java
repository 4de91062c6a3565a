package org.resolute.funding.domain;

/**
 * What a post answers: the posting, and whether it was written by this request or found under the same
 * idempotency key (a replay, which wrote nothing).
 */
public record PostingResult(Posting posting, boolean replayed) {
}
