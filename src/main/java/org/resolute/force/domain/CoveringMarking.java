package org.resolute.force.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.resolute.kernel.Classification;
import org.resolute.kernel.Marking;

/**
 * The marking of a record about many marked records: at least as restrictive as each of them, so that whoever may
 * see it may see all of them. Its classification is the highest among them; it is released only to the nations
 * every non-public one is released to.
 */
final class CoveringMarking {

    private CoveringMarking() {
    }

    static Marking of(Collection<Marking> markings) {
        Classification highest = Classification.PUBLIC;
        Set<String> releasable = null;
        for (Marking marking : markings) {
            if (marking.classification().compareTo(highest) > 0) {
                highest = marking.classification();
            }
            if (marking.classification() != Classification.PUBLIC) {
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
