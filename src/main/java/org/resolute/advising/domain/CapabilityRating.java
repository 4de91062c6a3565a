package org.resolute.advising.domain;

import java.util.Locale;

import org.resolute.kernel.InvalidInput;

/**
 * The scale a capability is rated on, from 1 (weakest) to 5: what an institution can do in a functional area, and
 * how much advice it still needs to do it.
 */
public enum CapabilityRating {
    /** 1: the capability exists on paper only. */
    NOT_CAPABLE(1, "exists on paper only; advisors do the work or it is not done"),
    /** 2: the institution acts with advisors alongside at every step. */
    DEVELOPING(2, "acts only with advisors alongside at every step"),
    /** 3: capable, with regular advice. */
    PARTIALLY_CAPABLE(3, "acts on its own with regular advice and gaps in execution"),
    /** 4: capable; advisors monitor. */
    CAPABLE(4, "acts on its own; advisors monitor and help with exceptions"),
    /** 5: self-sustaining; advising can end. */
    SUSTAINING(5, "sustains and improves itself; advising can end");

    private final int level;
    private final String meaning;

    CapabilityRating(int level, String meaning) {
        this.level = level;
        this.meaning = meaning;
    }

    public int level() {
        return level;
    }

    public String meaning() {
        return meaning;
    }

    public String label() {
        return level + " " + name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public static CapabilityRating of(int level) {
        for (CapabilityRating rating : values()) {
            if (rating.level == level) {
                return rating;
            }
        }
        throw new InvalidInput("rating", "error.choice", "a rating is a level from 1 to 5, not " + level);
    }
}
