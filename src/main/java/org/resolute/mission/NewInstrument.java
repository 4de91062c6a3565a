package org.resolute.mission;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal instrument to add to a mission's legal basis, e.g. a later Security Council resolution or an amended
 * SOFA. {@link Missions#recordInstrument(NewInstrument)} checks it.
 *
 * @param mission the code of the mission it applies to
 * @param provisions what it sets, one line each; at least one
 * @param source the source id (S01 ...) or a citation of the instrument's text
 */
public record NewInstrument(String mission, InstrumentKind kind, String title, String parties, LocalDate signedOn,
        LocalDate ratifiedOn, LocalDate adoptedOn, LocalDate expiresOn, List<String> provisions, String note,
        String source) {

    public NewInstrument {
        provisions = provisions == null ? List.of() : provisions.stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        note = note == null ? "" : note.strip();
    }
}
