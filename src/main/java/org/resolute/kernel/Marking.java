package org.resolute.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A record's marking: its classification and, optionally, the nations it is releasable to. With no
 * releasability every viewer cleared to the classification may see it; with releasability only viewers of those
 * nations (or without a nation, i.e. mission-wide staff) may. PUBLIC records are never restricted to nations.
 *
 * @param classification how sensitive the record is
 * @param releasableTo ISO 3166 alpha-3 codes; empty means releasable to every nation
 */
public record Marking(Classification classification, Set<String> releasableTo) {

    public static final Marking PUBLIC = new Marking(Classification.PUBLIC, Set.of());
    public static final Marking MISSION = new Marking(Classification.MISSION, Set.of());
    public static final Marking RESTRICTED = new Marking(Classification.RESTRICTED, Set.of());

    public Marking {
        Objects.requireNonNull(classification, "classification");
        releasableTo = releasableTo == null ? Set.of()
                : releasableTo.stream().map(code -> code.trim().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toCollection(TreeSet::new));
        if (classification == Classification.PUBLIC && !releasableTo.isEmpty()) {
            throw new IllegalArgumentException("A PUBLIC record cannot be limited to nations");
        }
    }

    public static Marking of(Classification classification, Collection<String> nations) {
        return new Marking(classification, Set.copyOf(nations));
    }

    /** Parses the stored form written by {@link #releasabilityText()}: "" or "DEU,USA". */
    public static Marking of(Classification classification, String releasability) {
        if (releasability == null || releasability.isBlank()) {
            return new Marking(classification, Set.of());
        }
        return new Marking(classification, Set.copyOf(Arrays.asList(releasability.split(","))));
    }

    /** The releasability as stored in a {@code releasable_to} column: codes in order, comma-separated. */
    public String releasabilityText() {
        return String.join(",", releasableTo);
    }

    @Override
    public String toString() {
        return releasableTo.isEmpty() ? classification.name()
                : classification.name() + " REL " + String.join(", ", releasableTo);
    }
}
