package org.resolute.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * Every ISO 3166 nation and how it stood with NATO over time. A nation is found by its alpha-3 or alpha-2 code
 * in any case; answers always carry the alpha-3 code.
 */
@NamedInterface("api")
public interface Nations {

    /** The short name of the Resolute Support Mission in {@link #contributorsTo(String)}. */
    String RESOLUTE_SUPPORT = "RSM";

    Optional<Nation> find(String code);

    /** The nation with this code; {@link org.resolute.kernel.NotFound} when there is none. */
    Nation get(String code);

    /** Every nation, by name. */
    List<Nation> all();

    /**
     * The period in which the nation was an Ally or operational partner on the date, with its provenance; empty
     * when it was neither. {@link org.resolute.kernel.NotFound} for an unknown code.
     */
    Optional<Membership> membershipAt(String code, LocalDate date);

    /** Every nation's membership period on the date, by alpha-3 code: nations with none are absent. */
    Map<String, Membership> membershipsAt(LocalDate date);

    /** The nation's membership periods, oldest first. */
    List<Membership> history(String code);

    /** The nations listed as contributing to the mission, by name; empty for a mission with no list. */
    List<ContributingNation> contributorsTo(String mission);
}
