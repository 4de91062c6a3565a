package org.resolute.governance.web;

import java.time.LocalDate;
import java.util.UUID;

import org.resolute.governance.domain.CeilingChange;
import org.resolute.governance.domain.DecisionKind;
import org.resolute.governance.domain.NewDecision;
import org.resolute.kernel.Classification;
import org.resolute.kernel.web.SourcedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a decision and, optionally, the new mission ceiling it sets. */
public class DecisionForm extends SourcedForm {

    private UUID meeting;
    private DecisionKind kind = DecisionKind.DECISION;
    private String title;
    private String text;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveUntil;
    private UUID reaffirms;
    private Integer ceilingTroops;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ceilingFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate ceilingUntil;

    public DecisionForm() {
        super(Classification.PUBLIC);
    }

    NewDecision toNewDecision() {
        CeilingChange ceiling = ceilingTroops == null && ceilingFrom == null ? null
                : new CeilingChange(ceilingTroops, ceilingFrom, ceilingUntil, null, null);
        return new NewDecision(meeting, kind, title, text, decidedOn, effectiveFrom, effectiveUntil, reaffirms,
                getSource(), null, getStatus(), marking(),
                ceiling);
    }

    public UUID getMeeting() {
        return meeting;
    }

    public void setMeeting(UUID meeting) {
        this.meeting = meeting;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void setKind(DecisionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public void setEffectiveUntil(LocalDate effectiveUntil) {
        this.effectiveUntil = effectiveUntil;
    }

    public UUID getReaffirms() {
        return reaffirms;
    }

    public void setReaffirms(UUID reaffirms) {
        this.reaffirms = reaffirms;
    }

    public Integer getCeilingTroops() {
        return ceilingTroops;
    }

    public void setCeilingTroops(Integer ceilingTroops) {
        this.ceilingTroops = ceilingTroops;
    }

    public LocalDate getCeilingFrom() {
        return ceilingFrom;
    }

    public void setCeilingFrom(LocalDate ceilingFrom) {
        this.ceilingFrom = ceilingFrom;
    }

    public LocalDate getCeilingUntil() {
        return ceilingUntil;
    }

    public void setCeilingUntil(LocalDate ceilingUntil) {
        this.ceilingUntil = ceilingUntil;
    }
}
