package org.resolute.partnership.web;

import java.time.LocalDate;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.NewActivity;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.Theme;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that records or changes an activity. */
public class ActivityForm {

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
    private String source;
    private ProvenanceStatus status = ProvenanceStatus.EXACT;
    private Classification classification = Classification.MISSION;
    private String releasableTo;
    private long version;

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
        form.source = activity.provenance().source();
        form.status = activity.provenance().status();
        form.classification = activity.marking().classification();
        form.releasableTo = activity.marking().releasabilityText();
        form.version = activity.version();
        return form;
    }

    NewActivity toNewActivity() {
        Marking marking;
        try {
            marking = Marking.of(classification == null ? Classification.MISSION : classification,
                    releasableTo == null ? "" : releasableTo);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", e.getMessage());
        }
        return new NewActivity(kind, null, theme, title, startsOn, endsOn, place, organisers, objectives, outcomes,
                source, null, status, marking);
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
