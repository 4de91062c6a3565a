package org.resolute.advising;

import java.util.List;

/** A position as a lead creates it. */
public record NewPosition(String title, String nation, String command, String location, String area,
        String institution, List<String> counterparts) {

    public NewPosition {
        counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
    }
}
