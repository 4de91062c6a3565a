package org.resolute.partnership.domain;

/** Who took part: a host institution (a ministry, a corps, an academy), a nation's delegation, or a person. */
public enum ParticipantKind {
    HOST_INSTITUTION("Host institution"),
    NATION("Nation"),
    PERSON("Person");

    private final String label;

    ParticipantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
