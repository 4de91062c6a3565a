package org.resolute.kernel.web;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;

/**
 * What every form that records a sourced, marked record asks for: the source and how exact the figures are, the
 * classification and, where the form offers it, the nations the record is released to. Forms extend it, so the
 * fields bind and validate the same way on every page.
 */
public abstract class SourcedForm {

    private final Classification defaultClassification;
    private String source;
    private ProvenanceStatus status = ProvenanceStatus.EXACT;
    private Classification classification;
    private String releasableTo = "";

    protected SourcedForm(Classification defaultClassification) {
        this.defaultClassification = defaultClassification;
        this.classification = defaultClassification;
    }

    /** The marking the form asks for; a releasability on a PUBLIC record is refused naming the field. */
    protected Marking marking() {
        try {
            return Marking.of(classification == null ? defaultClassification : classification,
                    releasableTo == null ? "" : releasableTo);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", e.getMessage());
        }
    }

    /** Fills the fields from a stored record, for an edit form. */
    protected void fill(String source, ProvenanceStatus status, Marking marking) {
        this.source = source;
        this.status = status;
        this.classification = marking.classification();
        this.releasableTo = marking.releasabilityText();
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public ProvenanceStatus getStatus() {
        return status;
    }

    public void setStatus(ProvenanceStatus status) {
        this.status = status;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public String getReleasableTo() {
        return releasableTo;
    }

    public void setReleasableTo(String releasableTo) {
        this.releasableTo = releasableTo;
    }
}
