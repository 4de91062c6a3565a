package org.resolute.governance.web;

import java.util.Arrays;
import java.util.Objects;

import org.resolute.kernel.InputDates;
import org.resolute.mission.InstrumentKind;
import org.resolute.mission.NewInstrument;

/**
 * The form that adds a legal instrument to the mission's basis; provisions one per line. A field not sent reads as
 * empty, the kind as a Security Council resolution.
 */
record InstrumentForm(InstrumentKind kind, String title, String parties, String signedOn, String ratifiedOn,
        String adoptedOn, String expiresOn, String provisions, String note, String source) {

    InstrumentForm {
        kind = kind == null ? InstrumentKind.UNSCR : kind;
    }

    /** The form as first shown. */
    static InstrumentForm empty() {
        return new InstrumentForm(InstrumentKind.UNSCR, "", "", "", "", "", "", "", "", "");
    }

    NewInstrument toNewInstrument(String mission) {
        return new NewInstrument(mission, kind, Objects.toString(title, ""), Objects.toString(parties, ""),
                InputDates.parse(signedOn, "signedOn"), InputDates.parse(ratifiedOn, "ratifiedOn"),
                InputDates.parse(adoptedOn, "adoptedOn"), InputDates.parse(expiresOn, "expiresOn"),
                Arrays.asList(Objects.toString(provisions, "").split("\\R")), Objects.toString(note, ""),
                Objects.toString(source, ""));
    }
}
