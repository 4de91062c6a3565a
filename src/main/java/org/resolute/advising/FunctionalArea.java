package org.resolute.advising;

import org.springframework.modulith.NamedInterface;

/**
 * What advice is about: one of the eight Essential Functions (EF1-EF8) or a supporting function the fact sheet
 * names.
 */
@NamedInterface("api")
public record FunctionalArea(String code, String name, String shortName, Kind kind, String source) {

    public enum Kind {
        ESSENTIAL_FUNCTION, SUPPORTING_FUNCTION
    }
}
