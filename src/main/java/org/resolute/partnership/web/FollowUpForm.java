package org.resolute.partnership.web;

import java.time.LocalDate;

import org.resolute.partnership.domain.NewFollowUp;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that adds a follow-up action to an activity. */
public class FollowUpForm {

    private String action;
    private String owner;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    NewFollowUp toNewFollowUp() {
        return new NewFollowUp(action, owner, dueOn);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
