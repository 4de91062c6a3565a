package org.resolute.governance.domain;

/** What a decision is: a decision that changes something, a commitment that lasts, or the reaffirmation of one. */
public enum DecisionKind {
    DECISION("Decision"),
    COMMITMENT("Commitment"),
    REAFFIRMATION("Reaffirmation");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
