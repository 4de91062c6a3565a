package org.resolute.identity.domain;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and request limits ({@code resolute.security.*}).
 *
 * @param throttle how failed sign-ins slow further attempts down, per account and per client address
 * @param maxRequestBytes the largest API request body accepted
 */
@Validated
@ConfigurationProperties("resolute.security")
public record SecurityProperties(@Valid @NotNull Throttle throttle, @Min(1024) long maxRequestBytes) {

    /**
     * Growing delays after failed sign-ins: after {@code accountAttempts} failures in a row on one account (or
     * {@code addressAttempts} from one client address, whatever the account), each further failure makes the
     * account (the address) wait before its next attempt: {@code firstDelay}, then twice as long each time, up to
     * the longest delay; attempts made while waiting are refused unread. An address's failures are forgotten after
     * {@code forgetAfter} without one; an account's when it signs in.
     */
    public record Throttle(@Min(1) int accountAttempts, @Min(1) int addressAttempts, @NotNull Duration firstDelay,
            @NotNull Duration accountLongestDelay, @NotNull Duration addressLongestDelay,
            @NotNull Duration forgetAfter) {
    }
}
