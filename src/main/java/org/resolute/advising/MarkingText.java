package org.resolute.advising;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;

/** A marking as users type it: a classification and nations separated by commas; empty means MISSION. */
public final class MarkingText {

    private MarkingText() {
    }

    public static Marking parse(String classification, String releasableTo) {
        if (classification == null || classification.isBlank()) {
            classification = Classification.MISSION.name();
        }
        Classification level;
        try {
            level = Classification.valueOf(classification.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("classification", "error.choice", "classification '" + classification
                    + "' is not PUBLIC, MISSION or RESTRICTED");
        }
        List<String> nations = releasableTo == null || releasableTo.isBlank() ? List.of()
                : Arrays.stream(releasableTo.split("[,;]")).map(String::trim).filter(code -> !code.isEmpty()).toList();
        if (nations.stream().anyMatch(code -> !code.matches("[A-Za-z]{3}"))) {
            throw new InvalidInput("releasableTo", "advising.error.releasableTo",
                    "releasable to must be alpha-3 nation codes, e.g. DEU,GBR");
        }
        try {
            return Marking.of(level, nations);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("releasableTo", "advising.error.releasablePublic", e.getMessage());
        }
    }
}
