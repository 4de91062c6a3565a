package org.resolute.kernel;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * URL patterns a module serves to anonymous visitors; every other path needs a signed-in user.
 *
 * @param patterns the paths, as Ant patterns
 * @param dataVersion what the anonymous answer on these paths is computed from, if the module can tell it
 *        cheaply (a version read from the database, the date): while it is unchanged, each answer is computed
 *        once and then served from memory (kernel {@code web.PublicReads}); null when every read computes it
 */
public record PublicPaths(List<String> patterns, @Nullable Supplier<?> dataVersion) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns), null);
    }

    /** The same paths, whose anonymous answers stay the same as long as {@code version} gives an equal value. */
    public PublicPaths computedFrom(Supplier<?> version) {
        return new PublicPaths(patterns, version);
    }
}
