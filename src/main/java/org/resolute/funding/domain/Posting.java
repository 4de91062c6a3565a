package org.resolute.funding.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A posting as written to the journal; it never changes afterwards. */
public record Posting(UUID id, String idempotencyKey, LocalDate valueDate, String description, String sourceRef,
        @Nullable UUID reverses, Instant postedAt, String postedBy, List<PostingLine> lines) {

    public Posting {
        lines = List.copyOf(lines);
    }
}
