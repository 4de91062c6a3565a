package org.resolute.partnership.web;

import org.resolute.kernel.Classification;
import org.resolute.kernel.web.EventForm;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.NewActivity;
import org.resolute.partnership.domain.Theme;

/** The form that records or changes an activity. */
public class ActivityForm extends EventForm {

    private ActivityKind kind = ActivityKind.WORKSHOP;
    private Theme theme = Theme.DEFENCE_EDUCATION;
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
        form.setTitle(activity.title());
        form.setStartsOn(activity.startsOn());
        form.setEndsOn(activity.endsOn());
        form.setPlace(activity.place());
        form.organisers = activity.organisers();
        form.objectives = activity.objectives();
        form.outcomes = activity.outcomes();
        form.fill(activity.provenance().source(), activity.provenance().status(), activity.marking());
        form.version = activity.version();
        return form;
    }

    NewActivity toNewActivity() {
        return new NewActivity(kind, null, theme, getTitle(), getStartsOn(), getEndsOn(), getPlace(), organisers, objectives,
                outcomes, getSource(), null, getStatus(), marking());
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
