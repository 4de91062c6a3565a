package org.resolute.advising.domain;

import java.util.UUID;

/** A known person or place that a provisional one can be merged into. */
public record KnownEntry(UUID id, String kind, String name) {
}
