package org.resolute.advising;

/**
 * What advice is about: one of the eight Essential Functions (EF1-EF8) or a supporting function the fact sheet
 * names.
 */
public record FunctionalArea(String code, String name, String shortName, Kind kind, String source) {

    public enum Kind {
        ESSENTIAL_FUNCTION, SUPPORTING_FUNCTION
    }
}
