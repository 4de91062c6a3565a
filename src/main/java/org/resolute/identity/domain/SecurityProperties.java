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
 * @param lockout how many failed sign-ins lock an account, and for how long
 * @param maxRequestBytes the largest API request body accepted
 */
@Validated
@ConfigurationProperties("resolute.security")
public record SecurityProperties(@Valid @NotNull Lockout lockout, @Min(1024) long maxRequestBytes) {

    public record Lockout(@Min(1) int attempts, @NotNull Duration duration) {
    }
}
