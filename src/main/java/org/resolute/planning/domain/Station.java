package org.resolute.planning.domain;

/**
 * A mission location as the planner sees it.
 *
 * @param capacity how many people its life support and force protection take; null where not recorded
 */
public record Station(String code, String region, Integer capacity) {
}
