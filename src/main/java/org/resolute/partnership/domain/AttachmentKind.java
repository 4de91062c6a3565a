package org.resolute.partnership.domain;

/** What an attached document is to its activity. */
public enum AttachmentKind {
    AGENDA("Agenda"),
    MINUTES("Minutes"),
    OTHER("Other document");

    private final String label;

    AttachmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
