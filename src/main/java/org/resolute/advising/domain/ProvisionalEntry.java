package org.resolute.advising.domain;

import java.util.UUID;

/**
 * A person or place an advisor typed in that was not yet known, waiting for a lead to merge it into a known one.
 *
 * @param kind ADVISOR, COUNTERPART or PLACE
 */
public record ProvisionalEntry(UUID id, String kind, String name, String enteredBy) {
}
