package org.resolute.kernel.web;

import java.time.LocalDate;

import org.resolute.kernel.Classification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What every form that records something held on given days at a place asks for beyond its source and marking: a
 * title, the first and last day, and the place (a governance meeting, a partnership activity). Forms extend it, so
 * these fields bind the same way on every page.
 */
public abstract class EventForm extends SourcedForm {

    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;

    protected EventForm(Classification defaultClassification) {
        super(defaultClassification);
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
}
