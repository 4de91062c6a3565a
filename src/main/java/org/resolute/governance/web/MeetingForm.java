package org.resolute.governance.web;

import java.time.LocalDate;

import org.resolute.governance.domain.MeetingKind;
import org.resolute.governance.domain.NewMeeting;
import org.resolute.kernel.Classification;
import org.resolute.kernel.web.SourcedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a meeting. */
public class MeetingForm extends SourcedForm {

    private MeetingKind kind = MeetingKind.SUMMIT;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;
    private String summary;

    public MeetingForm() {
        super(Classification.PUBLIC);
    }

    NewMeeting toNewMeeting() {
        return new NewMeeting(kind, title, startsOn, endsOn, place, summary, getSource(), null, getStatus(),
                marking());
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

}
