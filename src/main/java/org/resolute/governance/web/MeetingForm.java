package org.resolute.governance.web;

import org.resolute.governance.domain.MeetingKind;
import org.resolute.governance.domain.NewMeeting;
import org.resolute.kernel.Classification;
import org.resolute.kernel.web.EventForm;

/** The form that records a meeting. */
public class MeetingForm extends EventForm {

    private MeetingKind kind = MeetingKind.SUMMIT;
    private String summary;

    public MeetingForm() {
        super(Classification.PUBLIC);
    }

    NewMeeting toNewMeeting() {
        return new NewMeeting(kind, getTitle(), getStartsOn(), getEndsOn(), getPlace(), summary, getSource(), null,
                getStatus(), marking());
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
