package org.resolute.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.Provenance;
import org.springframework.modulith.NamedInterface;

/**
 * A legal instrument the mission rests on, with its dates and what it sets. Dates an instrument does not have
 * (a resolution is adopted, not signed) or that no source states are null.
 *
 * @param mission the code of the mission it applies to
 * @param parties who signed, adopted or ratified it
 * @param provisions what it sets, one line each (e.g. the terms and conditions of deployment)
 */
@NamedInterface("api")
public record LegalInstrument(UUID id, String mission, InstrumentKind kind, String title, String parties,
        @Nullable LocalDate signedOn, @Nullable LocalDate ratifiedOn, @Nullable LocalDate adoptedOn, @Nullable LocalDate expiresOn, List<String> provisions,
        @Nullable String note, Provenance provenance) {

    public LegalInstrument {
        provisions = List.copyOf(provisions);
    }

    /** The day it took legal effect as far as the record shows: ratification, adoption, or else signature. */
    public LocalDate effectiveOn() {
        return ratifiedOn != null ? ratifiedOn : adoptedOn != null ? adoptedOn : signedOn;
    }
}
