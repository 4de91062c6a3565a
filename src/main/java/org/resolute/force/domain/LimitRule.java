package org.resolute.force.domain;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.resolute.force.Assignment;
import org.resolute.force.CaveatKind;
import org.resolute.force.CaveatRule;
import org.resolute.force.NationalCaveat;

/**
 * A caveat that caps one number of an assignment at the caveat's limit: how many days a deployment lasts, or how
 * many of the nation's troops stand at one location. The kinds differ only in what they measure and how they say
 * it, so each is this rule with its own measure and words.
 */
public final class LimitRule implements CaveatRule {

    private final CaveatKind kind;
    private final String field;
    private final Function<Integer, String> words;
    private final ToLongFunction<Assignment> measure;
    private final Function<Assignment, String> breach;

    private LimitRule(CaveatKind kind, String field, Function<Integer, String> words,
            ToLongFunction<Assignment> measure, Function<Assignment, String> breach) {
        this.kind = kind;
        this.field = field;
        this.words = words;
        this.measure = measure;
        this.breach = breach;
    }

    /** No deployment longer than a number of days, both ends counted. */
    public static LimitRule maxDurationDays() {
        return new LimitRule(CaveatKind.MAX_DURATION_DAYS, "until",
                limit -> "no deployment may last more than " + limit + " days", Assignment::days,
                assignment -> "this one lasts " + assignment.days() + " days");
    }

    /** At most a number of the nation's troops at any one location. */
    public static LimitRule maxTroopsPerLocation() {
        return new LimitRule(CaveatKind.MAX_TROOPS_PER_LOCATION, "quantity",
                limit -> "at most " + limit + " troops at any one location", Assignment::troops,
                assignment -> "this would put " + assignment.troops() + " at " + assignment.location());
    }

    @Override
    public CaveatKind kind() {
        return kind;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String words(NationalCaveat caveat) {
        return words.apply(caveat.limit());
    }

    @Override
    public Optional<String> breach(NationalCaveat caveat, Assignment assignment, String region) {
        return measure.applyAsLong(assignment) > caveat.limit() ? Optional.of(breach.apply(assignment))
                : Optional.empty();
    }
}
