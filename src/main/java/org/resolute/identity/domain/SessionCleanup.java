package org.resolute.identity.domain;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import org.resolute.kernel.cluster.ClusterDuties;

/**
 * Deletes expired sessions once a minute across all the nodes. Spring Session's own clean-up (switched off by
 * {@code spring.session.jdbc.cleanup-cron: "-"}) would run the same delete on every node every minute.
 */
@Component
class SessionCleanup {

    private static final Logger log = LoggerFactory.getLogger(SessionCleanup.class);
    /** A little under the minute, so that the next minute's run is never refused by a lease not quite over. */
    private static final Duration LEASE = Duration.ofSeconds(55);

    private final JdbcIndexedSessionRepository sessions;
    private final ClusterDuties duties;

    SessionCleanup(JdbcIndexedSessionRepository sessions, ClusterDuties duties) {
        this.sessions = sessions;
        this.duties = duties;
    }

    @Scheduled(cron = "0 * * * * *")
    void deleteExpired() {
        try {
            duties.runOncePerPeriod("session-cleanup", LEASE, sessions::cleanUpExpiredSessions);
        } catch (RuntimeException e) {
            log.warn("Could not delete expired sessions this time; the next minute will", e);
        }
    }
}
