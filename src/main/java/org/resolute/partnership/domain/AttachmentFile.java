package org.resolute.partnership.domain;

/** An attachment with its content, for download. */
public record AttachmentFile(Attachment attachment, byte[] content) {
}
