package org.resolute.planning.domain;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the planner derives its teams and runs its solves ({@code resolute.planning.*}).
 *
 * @param teamSize the most troops in one derived advisor team
 * @param horizonDays how long a plan's assignments last, for the caveats on duration
 * @param coverageDays the window of recent engagements that sets a requirement's priority
 * @param concurrentSolves solves run at once; the others wait, queued
 * @param maxSeconds the longest time limit a plan may ask for
 * @param lease how long a node's claim on a plan it solves lasts unless renewed (it renews it every
 *        {@code resolute.planning.poll-interval}, 1 s by default): a plan whose node died is taken over after it
 */
@Validated
@ConfigurationProperties("resolute.planning")
public record PlanningProperties(@DefaultValue("40") @Min(1) int teamSize,
        @DefaultValue("180") @Min(1) int horizonDays, @DefaultValue("90") @Min(1) int coverageDays,
        @DefaultValue("1") @Min(1) @Max(8) int concurrentSolves, @DefaultValue("600") @Min(1) int maxSeconds,
        @DefaultValue("30s") Duration lease) {
}
