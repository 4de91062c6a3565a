package org.resolute.kernel;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A record's marking: its classification and the nations it is released to. Mission-wide staff (viewers without
 * a nation) cleared to the classification may see it whatever its releasability; a nation's staff may see a
 * PUBLIC record, and a non-public one only when it is released to their nation (an empty releasability releases
 * it to no nation). PUBLIC records are never restricted to nations. {@link MarkedRecords} applies exactly this.
 *
 * @param classification how sensitive the record is
 * @param releasableTo ISO 3166 alpha-3 codes; empty means released to no nation's staff
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

    /**
     * The marking of a record made from many marked records (an import, a plan, a report): at least the floor and
     * at least as restrictive as each of them, so that whoever may see it may see every one of them. Its
     * classification is the highest; it is released only to the nations every non-public one is released to
     * (none, if any non-public one is released to none).
     */
    public static Marking covering(Collection<Marking> markings, Classification floor) {
        Classification highest = floor;
        Set<String> releasable = null;
        for (Marking marking : markings) {
            if (marking.classification().compareTo(highest) > 0) {
                highest = marking.classification();
            }
            if (marking.classification() != Classification.PUBLIC) {
                if (releasable == null) {
                    releasable = new TreeSet<>(marking.releasableTo());
                } else {
                    releasable.retainAll(marking.releasableTo());
                }
            }
        }
        return highest == Classification.PUBLIC ? PUBLIC
                : new Marking(highest, releasable == null ? Set.of() : releasable);
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
