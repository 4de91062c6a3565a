package org.resolute.partnership.web;

import java.time.LocalDate;

import org.resolute.kernel.Classification;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.domain.NewActivity;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.Theme;
import org.resolute.kernel.web.SourcedForm;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records or changes an activity. */
public class ActivityForm extends SourcedForm {

    private ActivityKind kind = ActivityKind.WORKSHOP;
    private Theme theme = Theme.DEFENCE_EDUCATION;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String place;
    private String organisers;
    private String objectives;
    private String outcomes;
    private long version;

    public ActivityForm() {
        super(Classification.MISSION);
    }

    static ActivityForm of(PartnershipActivity activity) {
        ActivityForm form = new ActivityForm();
        form.kind = activity.kind();
        form.theme = activity.theme();
        form.title = activity.title();
        form.startsOn = activity.startsOn();
        form.endsOn = activity.endsOn();
        form.place = activity.place();
        form.organisers = activity.organisers();
        form.objectives = activity.objectives();
        form.outcomes = activity.outcomes();
        form.fill(activity.provenance().source(), activity.provenance().status(), activity.marking());
        form.version = activity.version();
        return form;
    }

    NewActivity toNewActivity() {
        return new NewActivity(kind, null, theme, title, startsOn, endsOn, place, organisers, objectives, outcomes,
                getSource(), null, getStatus(), marking());
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public Theme getTheme() {
        return theme;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
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

    public String getOrganisers() {
        return organisers;
    }

    public void setOrganisers(String organisers) {
        this.organisers = organisers;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
