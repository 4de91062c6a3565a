package org.resolute.force;

import java.util.Arrays;
import java.util.Locale;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/** A marking as users type it in forms, files and API calls: a classification and nations separated by commas. */
public final class MarkingInput {

    private MarkingInput() {
    }

    /** Null when the classification is empty (the record's default marking applies). */
    public static Marking parse(String classification, String releasableTo) {
        if (classification == null || classification.isBlank()) {
            if (releasableTo != null && !releasableTo.isBlank()) {
                throw new InvalidInput("classification", "a releasability needs a classification");
            }
            return null;
        }
        Classification level;
        try {
            level = Classification.valueOf(classification.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("classification", "classification '" + classification
                    + "' is not PUBLIC, MISSION or RESTRICTED");
        }
        var nations = releasableTo == null || releasableTo.isBlank() ? java.util.List.<String>of()
                : Arrays.stream(releasableTo.split("[,;]")).map(String::trim).filter(code -> !code.isEmpty())
                        .toList();
        if (nations.stream().anyMatch(code -> !code.matches("[A-Za-z]{3}"))) {
            throw new InvalidInput("releasableTo", "releasable_to must be alpha-3 nation codes, e.g. DEU,GBR");
        }
        try {
            return Marking.of(level, nations);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", e.getMessage());
        }
    }
}
