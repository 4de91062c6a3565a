package org.resolute.force;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.resolute.force.domain.AllowedLocations;
import org.resolute.force.domain.AllowedRegions;
import org.resolute.force.domain.CaveatViolation;
import org.resolute.force.domain.ExcludedActivities;
import org.resolute.force.domain.LimitRule;
import org.springframework.modulith.NamedInterface;

/**
 * The rule engine for national caveats: one rule per kind, collected here. Pure, so that the planner can check a
 * whole plan in memory with the same rules that guard every recorded offer.
 */
@NamedInterface("api")
public final class CaveatRules {

    /** Every kind's rule. */
    public static final List<CaveatRule> ALL = List.of(new AllowedRegions(), new AllowedLocations(),
            new ExcludedActivities(), LimitRule.maxTroopsPerLocation(), LimitRule.maxDurationDays());

    private CaveatRules() {
    }

    public static CaveatRule of(CaveatKind kind) {
        return ALL.stream().filter(rule -> rule.kind() == kind).findFirst().orElseThrow();
    }

    /** The caveat in one sentence: "Germany: forces may serve only in regions North, Capital (caveat C-DEU-1)". */
    public static String sentence(NationalCaveat caveat, String nationName) {
        return nationName + ": " + of(caveat.kind()).words(caveat) + " (caveat " + caveat.code() + ")";
    }

    /**
     * The caveats of the assignment's nation that it breaks, in the given order.
     *
     * @param region the region of the assignment's location
     * @param nationName the name to use for a nation code in the sentences
     */
    public static List<CaveatViolation> check(List<NationalCaveat> caveats, Assignment assignment, String region,
            Function<String, String> nationName) {
        return caveats.stream().filter(caveat -> caveat.nation().equalsIgnoreCase(assignment.nation()))
                .flatMap(caveat -> violation(caveat, assignment, region, nationName).stream()).toList();
    }

    private static Optional<CaveatViolation> violation(NationalCaveat caveat, Assignment assignment, String region,
            Function<String, String> nationName) {
        CaveatRule rule = of(caveat.kind());
        return rule.breach(caveat, assignment, region).map(breach -> new CaveatViolation(caveat.id(), caveat.code(),
                caveat.nation(), caveat.kind(), rule.field(),
                sentence(caveat, nationName.apply(caveat.nation())) + ": " + breach));
    }
}
