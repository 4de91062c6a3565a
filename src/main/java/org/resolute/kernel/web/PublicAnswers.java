package org.resolute.kernel.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The anonymous answers to public reads, each computed once per version of the data it shows and then served from
 * memory: without it the public placemat page, rendered anew for every visitor, served about 50 requests/s on a
 * busy 2-core machine. An answer is used only while its module's data version (read from the database on every
 * read, so writes on any node count at once) is the one it was computed from, and for at most {@link #KEEP_FOR},
 * which bounds how late it shows data the version does not cover (names, posture): as late as a browser or proxy
 * may already show it under {@code Cache-Control: max-age=60}. Only anonymous answers are kept, and all anonymous
 * visitors may read the same records; a request is told from another by everything its answer depends on (path,
 * parameters, language and cookies, the kind of answer asked for).
 */
final class PublicAnswers {

    static final Duration KEEP_FOR = PublicReads.FRESH_FOR;
    /** A crawler's endless query strings push out the oldest answers, never the memory. */
    private static final int MOST = 256;

    private final Clock clock;
    private final Map<Key, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Answer> eldest) {
            return size() > MOST;
        }
    };

    PublicAnswers(Clock clock) {
        this.clock = clock;
    }

    /** The answer kept for the request, if it was computed from this version of the data and is recent enough. */
    synchronized @Nullable Answer find(Key key, Object version) {
        Answer answer = answers.get(key);
        if (answer == null || !answer.version().equals(version)
                || answer.computedAt().plus(KEEP_FOR).isBefore(clock.instant())) {
            return null;
        }
        return answer;
    }

    synchronized Answer keep(Key key, Object version, byte[] body, @Nullable String contentType,
            @Nullable String contentLanguage, String etag) {
        Answer answer = new Answer(version, body, contentType, contentLanguage, etag, clock.instant());
        answers.put(key, answer);
        return answer;
    }

    /** What a request's answer depends on besides the data. */
    record Key(String method, String path, Map<String, List<String>> parameters, @Nullable String accept,
            @Nullable String acceptLanguage, @Nullable String cookies, @Nullable String htmx) {

        static Key of(HttpServletRequest request) {
            Map<String, List<String>> parameters = new TreeMap<>();
            request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
            return new Key(request.getMethod(), request.getRequestURI(), parameters,
                    request.getHeader(HttpHeaders.ACCEPT), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                    request.getHeader(HttpHeaders.COOKIE), request.getHeader("HX-Request"));
        }
    }

    record Answer(Object version, byte[] body, @Nullable String contentType, @Nullable String contentLanguage,
            String etag, Instant computedAt) {

        Answer {
            Objects.requireNonNull(version);
        }
    }
}
