package org.resolute.advising.domain;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.resolute.reference.NationCode;

/** A position as a lead creates it. */
public record NewPosition(@Size(max = 200) String title, @NationCode String nation, @Size(max = 20) String command,
        @Size(max = 20) String location, @Size(max = 20) String area, @Size(max = 40) String institution,
        List<@Size(max = 200) String> counterparts) {

    public NewPosition {
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    }
}
