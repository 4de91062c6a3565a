package org.resolute.partnership.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to an activity (its content is fetched apart, by {@link ActivityBook#download}).
 *
 * @param mediaType the type found in the content, not the one the uploader claimed
 * @param sha256 hex digest of the content
 */
public record Attachment(UUID id, UUID activity, AttachmentKind kind, String fileName, String mediaType,
        long sizeBytes, String sha256, String uploadedBy, Instant uploadedAt) {
}
