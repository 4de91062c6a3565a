package org.resolute.mission.domain;

import org.resolute.kernel.InvalidInput;
import org.resolute.mission.NewInstrument;

/** What a new legal instrument must satisfy; each refusal names the field. */
final class InstrumentRules {

    private static final int MAX_PROVISIONS = 30;

    private InstrumentRules() {
    }

    static void check(NewInstrument instrument) {
        if (instrument.kind() == null) {
            throw new InvalidInput("kind", "mission.error.instrumentKind", "kind is missing: SOFA, UNSCR or OTHER");
        }
        text(instrument.title(), "title", 200);
        text(instrument.parties(), "parties", 400);
        text(instrument.source(), "source", 200);
        if (instrument.note().length() > 600) {
            throw new InvalidInput("note", "mission.error.tooLong", "note is longer than 600 characters", 600);
        }
        if (instrument.signedOn() == null && instrument.adoptedOn() == null) {
            throw new InvalidInput("signedOn", "mission.error.signedOn",
                    "give the day it was signed or, for a resolution, adopted");
        }
        if (instrument.ratifiedOn() != null && instrument.signedOn() != null
                && instrument.ratifiedOn().isBefore(instrument.signedOn())) {
            throw new InvalidInput("ratifiedOn", "mission.error.ratifiedBeforeSigned", "ratifiedOn "
                    + instrument.ratifiedOn() + " is before signedOn " + instrument.signedOn(),
                    instrument.ratifiedOn(), instrument.signedOn());
        }
        var effective = instrument.ratifiedOn() != null ? instrument.ratifiedOn()
                : instrument.adoptedOn() != null ? instrument.adoptedOn() : instrument.signedOn();
        if (instrument.expiresOn() != null && !instrument.expiresOn().isAfter(effective)) {
            throw new InvalidInput("expiresOn", "mission.error.expiresBeforeEffect", "expiresOn "
                    + instrument.expiresOn() + " is not after the day it took effect, " + effective,
                    instrument.expiresOn(), effective);
        }
        if (instrument.provisions().isEmpty()) {
            throw new InvalidInput("provisions", "mission.error.provisions",
                    "name at least one provision that matters, one per line");
        }
        if (instrument.provisions().size() > MAX_PROVISIONS) {
            throw new InvalidInput("provisions", "mission.error.provisionsTooMany",
                    "at most " + MAX_PROVISIONS + " provisions", MAX_PROVISIONS);
        }
        if (instrument.provisions().stream().anyMatch(line -> line.length() > 600)) {
            throw new InvalidInput("provisions", "mission.error.provisionTooLong",
                    "a provision is longer than 600 characters", 600);
        }
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "error.required", field + " is missing");
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "mission.error.tooLong", field + " is longer than " + max + " characters",
                    max);
        }
    }
}
