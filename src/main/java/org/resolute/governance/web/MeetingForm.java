package org.resolute.governance.web;

import java.time.LocalDate;

import org.resolute.governance.MeetingKind;
import org.resolute.governance.NewMeeting;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a meeting. */
public class MeetingForm {

    private MeetingKind kind = MeetingKind.SUMMIT;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;
    private String summary;
    private String source;
    private ProvenanceStatus status = ProvenanceStatus.EXACT;
    private Classification classification = Classification.PUBLIC;

    NewMeeting toNewMeeting() {
        return new NewMeeting(kind, title, startsOn, endsOn, place, summary, source, null, status,
                Marking.of(classification == null ? Classification.PUBLIC : classification, ""));
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
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
}
