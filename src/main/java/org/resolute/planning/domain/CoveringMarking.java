package org.resolute.planning.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;

/**
 * The marking of a plan: at least MISSION (plans are staff work, never public) and at least as restrictive as each
 * marked input it is built from, so that whoever may see the plan may see all of them. Its classification is the
 * highest among them; it is released only to the nations every input limited to nations is released to.
 */
final class CoveringMarking {

    private CoveringMarking() {
    }

    static Marking of(Collection<Marking> markings) {
        Classification highest = Classification.MISSION;
        Set<String> releasable = null;
        for (Marking marking : markings.stream().filter(Objects::nonNull).toList()) {
            if (marking.classification().compareTo(highest) > 0) {
                highest = marking.classification();
            }
            if (!marking.releasableTo().isEmpty()) {
                if (releasable == null) {
                    releasable = new HashSet<>(marking.releasableTo());
                } else {
                    releasable.retainAll(marking.releasableTo());
                }
            }
        }
        return Marking.of(highest, releasable == null ? Set.of() : releasable);
    }
}
