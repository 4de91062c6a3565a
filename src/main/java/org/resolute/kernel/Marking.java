package org.resolute.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

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

    /**
     * The marking of the row a query is on, from its {@code classification} and {@code releasable_to} columns, as
     * every marked table stores it.
     */
    public static Marking read(ResultSet row) throws SQLException {
        return of(Classification.valueOf(row.getString("classification")), row.getString("releasable_to"));
    }

    /**
     * A marking as a person types it, in a form, a file or an API call: a classification (any case) and nations'
     * alpha-3 codes separated by commas or semicolons. Empty when the classification is left blank, so that the
     * record's own default applies ({@code orElse}); a releasability without a classification is refused, as is
     * an unknown classification, a code that is not three letters, or a PUBLIC record limited to nations, each
     * naming its field ({@code classification}, {@code releasableTo}).
     */
    public static Optional<Marking> typed(@Nullable String classification, @Nullable String releasableTo) {
        boolean nationsGiven = releasableTo != null && !releasableTo.isBlank();
        if (classification == null || classification.isBlank()) {
            if (nationsGiven) {
                throw new InvalidInput("classification", "error.marking.classificationNeeded",
                        "a releasability needs a classification");
            }
            return Optional.empty();
        }
        Classification level;
        try {
            level = Classification.valueOf(classification.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("classification", "error.marking.classification",
                    "classification '" + classification + "' is not PUBLIC, MISSION or RESTRICTED");
        }
        List<String> nations = !nationsGiven ? List.of()
                : Arrays.stream(releasableTo.split("[,;]")).map(String::strip).filter(code -> !code.isEmpty())
                        .toList();
        if (nations.stream().anyMatch(code -> !code.matches("[A-Za-z]{3}"))) {
            throw new InvalidInput("releasableTo", "error.marking.releasableTo",
                    "releasable to must be alpha-3 nation codes, e.g. DEU,GBR");
        }
        if (level == Classification.PUBLIC && !nations.isEmpty()) {
            throw new InvalidInput("releasableTo", "error.marking.releasablePublic",
                    "A PUBLIC record cannot be limited to nations");
        }
        return Optional.of(of(level, nations));
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
