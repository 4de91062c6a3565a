package org.resolute.governance.web;

import java.util.Arrays;

import org.resolute.kernel.InputDates;
import org.resolute.mission.InstrumentKind;
import org.resolute.mission.NewInstrument;

/** The form that adds a legal instrument to the mission's basis; provisions one per line. */
class InstrumentForm {

    private InstrumentKind kind = InstrumentKind.UNSCR;
    private String title = "";
    private String parties = "";
    private String signedOn = "";
    private String ratifiedOn = "";
    private String adoptedOn = "";
    private String expiresOn = "";
    private String provisions = "";
    private String note = "";
    private String source = "";

    NewInstrument toNewInstrument(String mission) {
        return new NewInstrument(mission, kind, title, parties, InputDates.parse(signedOn, "signedOn"),
                InputDates.parse(ratifiedOn, "ratifiedOn"), InputDates.parse(adoptedOn, "adoptedOn"),
                InputDates.parse(expiresOn, "expiresOn"), Arrays.asList(provisions.split("\\R")), note, source);
    }

    public InstrumentKind getKind() {
        return kind;
    }

    public void setKind(InstrumentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getParties() {
        return parties;
    }

    public void setParties(String parties) {
        this.parties = parties;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public String getRatifiedOn() {
        return ratifiedOn;
    }

    public void setRatifiedOn(String ratifiedOn) {
        this.ratifiedOn = ratifiedOn;
    }

    public String getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(String adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getProvisions() {
        return provisions;
    }

    public void setProvisions(String provisions) {
        this.provisions = provisions;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
