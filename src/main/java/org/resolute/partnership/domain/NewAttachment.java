package org.resolute.partnership.domain;

/** A document to attach, as uploaded: its claimed name and the bytes; the type is found in the bytes. */
public record NewAttachment(AttachmentKind kind, String fileName, byte[] content) {
}
