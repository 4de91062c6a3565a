package org.resolute.governance.domain;

/** What kind of record a decision changed, and which module keeps it. */
public enum EffectKind {
    TROOP_CEILING("Troop ceiling"),
    MISSION_PHASE("Mission phase"),
    LEGAL_INSTRUMENT("Legal instrument"),
    FUNDING_HORIZON("Funding horizon"),
    OTHER("Other change");

    private final String label;

    EffectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
