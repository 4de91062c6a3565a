package org.resolute.mission;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.modulith.NamedInterface;

/**
 * A legal instrument to add to a mission's legal basis, e.g. a later Security Council resolution or an amended
 * SOFA. {@link Missions#recordInstrument(NewInstrument)} checks it.
 *
 * @param mission the code of the mission it applies to
 * @param provisions what it sets, one line each; at least one
 * @param source the source id (S01 ...) or a citation of the instrument's text
 */
@NamedInterface("api")
public record NewInstrument(@Size(max = 20) String mission, InstrumentKind kind, @Size(max = 200) String title,
        @Size(max = 400) String parties, LocalDate signedOn, LocalDate ratifiedOn, LocalDate adoptedOn,
        LocalDate expiresOn, @Size(max = 100) List<@Size(max = 600) String> provisions, @Size(max = 600) String note,
        @Size(max = 200) String source) {

    public NewInstrument {
        provisions = provisions == null ? List.of() : provisions.stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        note = note == null ? "" : note.strip();
    }
}
