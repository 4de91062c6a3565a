package org.resolute.force;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** How one kind of national caveat is put in words and checked. */
@NamedInterface("api")
public interface CaveatRule {

    CaveatKind kind();

    /** The part of an assignment (or offer) this kind of rule is about. */
    String field();

    /** The rule in words, without the nation: e.g. "forces may serve only in regions North, Capital". */
    String words(NationalCaveat caveat);

    /**
     * What about the assignment breaks the caveat, e.g. "KANDAHAR is in region South"; empty when it complies.
     *
     * @param region the region of the assignment's location
     */
    Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region);
}
