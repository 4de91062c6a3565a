package org.resolute.funding;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/** A marking as people type it: a classification and nations separated by commas; empty for the default. */
public final class MarkingText {

    private MarkingText() {
    }

    /** Null when the classification is empty: the record then takes its donor's default marking. */
    public static Marking parse(String classification, String releasableTo) {
        if (classification == null || classification.isBlank()) {
            return null;
        }
        Classification level;
        try {
            level = Classification.valueOf(classification.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("classification", "the classification is PUBLIC, MISSION or RESTRICTED");
        }
        List<String> nations = releasableTo == null || releasableTo.isBlank() ? List.of()
                : Arrays.stream(releasableTo.split("[,;]")).map(String::strip).filter(code -> !code.isEmpty())
                        .toList();
        if (nations.stream().anyMatch(code -> !code.matches("[A-Za-z]{3}"))) {
            throw new InvalidInput("releasableTo", "releasability is a list of alpha-3 nation codes, e.g. DEU,GBR");
        }
        try {
            return Marking.of(level, nations);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", e.getMessage());
        }
    }

    /** A donor's non-public records are released to its own nation's representatives only. */
    public static Marking defaultFor(Donor donor) {
        return donor.nation() == null ? Marking.MISSION : Marking.of(Classification.MISSION, List.of(donor.nation()));
    }
}
