package org.resolute.audit.api;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.resolute.audit.AuditAction;

import tools.jackson.databind.JsonNode;

/**
 * One entry of the trail in the API.
 *
 * @param before the record as it was; null when it was created
 * @param after the record as it became; null when it was deleted
 * @param releasableTo nations the record is released to; empty for all
 * @param chainPosition the entry's place in the hash chain; null until sealed
 */
record AuditEntryResponse(long id, Instant occurredAt, String actor, String module, String recordType,
        String recordId, AuditAction action, @Nullable JsonNode before, @Nullable JsonNode after, String classification,
        List<String> releasableTo, @Nullable Long chainPosition) {
}
