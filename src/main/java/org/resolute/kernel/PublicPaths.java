package org.resolute.kernel;

import java.util.List;

/** URL patterns a module serves to anonymous visitors; every other path needs a signed-in user. */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
