package org.resolute.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without letting anyone lock an account out for good: failed sign-ins are counted
 * per account and per client address, and past the attempts allowed each failure makes the account (the address)
 * wait longer before its next attempt, up to a longest delay ({@link Backoff}); a sign-in clears its account's
 * and its address's count, and an address's failures are also forgotten after a quiet while. An attempt made while waiting is
 * refused before its password is read, so it neither counts nor extends the wait. The account's wait stops only
 * its sign-ins: its access tokens go on working.
 */
@Component
public class LoginThrottle {

    private final NamedParameterJdbcTemplate jdbc;
    private final SecurityProperties.Throttle throttle;
    private final Clock clock;

    LoginThrottle(NamedParameterJdbcTemplate jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = properties.throttle();
        this.clock = clock;
    }

    /** Until when a sign-in from this client address must wait, if it must. */
    public Optional<Instant> addressWaitsUntil(String address) {
        Instant now = clock.instant();
        return jdbc.query("SELECT blocked_until FROM sign_in_address WHERE address = :address",
                Map.of("address", address(address)), (row, n) -> row.getObject("blocked_until", OffsetDateTime.class))
                .stream().filter(until -> until != null && until.toInstant().isAfter(now))
                .map(OffsetDateTime::toInstant).findFirst();
    }

    /**
     * Counts a wrong password against its account, if the account exists. The count is one atomic update, not a
     * read and a save of the user: concurrent failures on one account (an attacker's) must all count, and none may
     * fail on the user's version.
     */
    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        var account = new MapSqlParameterSource("username", event.getAuthentication().getName());
        if (jdbc.update("UPDATE app_user SET failed_logins = failed_logins + 1, version = version + 1 "
                + "WHERE username = :username", account) == 0) {
            return;
        }
        holdOff("SELECT failed_logins FROM app_user WHERE username = :username",
                "UPDATE app_user SET locked_until = :until WHERE username = :username AND failed_logins = :failures",
                account, new Backoff(throttle.accountAttempts(), throttle.firstDelay(), throttle.accountLongestDelay()),
                now);
    }

    /**
     * Every failed sign-in counts against its client address, whatever the account and the reason. Each statement
     * commits on its own: the count is one atomic update, so concurrent failures from one address all count.
     */
    @EventListener
    public void onAnyFailure(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            recordAddressFailure(address(details.getRemoteAddress()), clock.instant());
        }
    }

    /** A sign-in clears its account's failures, and its address's: whoever is there knows a password. */
    @EventListener
    public void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
            jdbc.update("""
                    UPDATE app_user SET failed_logins = 0, locked_until = NULL, version = version + 1
                    WHERE id = :id AND (failed_logins <> 0 OR locked_until IS NOT NULL)
                    """, Map.of("id", signedIn.id()));
        }
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            jdbc.update("DELETE FROM sign_in_address WHERE address = :address",
                    Map.of("address", address(details.getRemoteAddress())));
        }
    }

    private void recordAddressFailure(String address, Instant now) {
        var row = new MapSqlParameterSource("address", address).addValue("at", now.atOffset(ZoneOffset.UTC))
                .addValue("forgetBefore", now.minus(throttle.forgetAfter()).atOffset(ZoneOffset.UTC));
        String count = """
                UPDATE sign_in_address SET failures = CASE WHEN last_failure_at < :forgetBefore THEN 1
                                                          ELSE failures + 1 END,
                                           last_failure_at = :at
                WHERE address = :address
                """;
        if (jdbc.update(count, row) == 0) {
            try {
                jdbc.update("""
                        INSERT INTO sign_in_address (address, failures, last_failure_at) VALUES (:address, 1, :at)
                        """, row);
            } catch (DuplicateKeyException concurrentFirstFailure) {
                jdbc.update(count, row);
            }
        }
        holdOff("SELECT failures FROM sign_in_address WHERE address = :address",
                "UPDATE sign_in_address SET blocked_until = :until WHERE address = :address AND failures = :failures",
                row, new Backoff(throttle.addressAttempts(), throttle.firstDelay(), throttle.addressLongestDelay()),
                now);
    }

    /**
     * Holds off an account or an address for as long as its count of failures earns by the backoff. The hold is
     * written only while the count is still the one read, so a later failure's own hold or a sign-in's reset wins.
     */
    private void holdOff(String countOf, String holdUntil, MapSqlParameterSource row, Backoff backoff, Instant now) {
        int failures = jdbc.queryForObject(countOf, row, Integer.class);
        Instant until = backoff.waitUntil(failures, now);
        if (until != null) {
            jdbc.update(holdUntil, row.addValue("until", until.atOffset(ZoneOffset.UTC))
                    .addValue("failures", failures));
        }
    }

    private static String address(String address) {
        String known = address == null || address.isBlank() ? "unknown" : address.strip();
        return known.length() > 64 ? known.substring(0, 64) : known;
    }
}
