package org.resolute.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * A figure read from the database at most once a period, however many asked for it: the operations gauges
 * (how far a hash chain's sealer is behind, the planner's queue) are polled by every scrape and every health page,
 * and each node must report what the shared database says, not a count of its own.
 *
 * @param <T> what is read
 */
public final class RecentReading<T> {

    private final Clock clock;
    private final Duration fresh;
    private final Function<Instant, T> read;
    private volatile Stamped<T> last;

    /**
     * @param fresh how long a reading is answered again before the database is asked anew
     * @param read reads the figure, given the time of the reading
     */
    public RecentReading(Clock clock, Duration fresh, Function<Instant, T> read) {
        this.clock = clock;
        this.fresh = fresh;
        this.read = read;
    }

    /** The last reading if it is fresh, otherwise a new one. */
    public T get() {
        Instant now = clock.instant();
        Stamped<T> reading = last;
        if (reading != null && Duration.between(reading.at(), now).compareTo(fresh) < 0) {
            return reading.value();
        }
        T value = read.apply(now);
        last = new Stamped<>(now, value);
        return value;
    }

    private record Stamped<T>(Instant at, T value) {
    }
}
