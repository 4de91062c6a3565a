package org.resolute.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Gauges polled by every scrape ask the database at most once a period: a fresh reading is answered again. */
class RecentReadingTests {

    private Instant now = Instant.parse("2020-11-01T08:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aReadingIsAnsweredAgainWithinItsPeriodAndReadAnewAfterIt() {
        AtomicInteger reads = new AtomicInteger();
        RecentReading<String> reading = new RecentReading<>(clock, Duration.ofSeconds(1),
                at -> reads.incrementAndGet() + " at " + at);

        assertThat(reading.get()).isEqualTo("1 at 2020-11-01T08:00:00Z");
        now = now.plusMillis(999);
        assertThat(reading.get()).isEqualTo("1 at 2020-11-01T08:00:00Z");
        now = now.plusMillis(1);
        assertThat(reading.get()).isEqualTo("2 at 2020-11-01T08:00:01Z");
        assertThat(reads).hasValue(2);
    }
}
