package org.resolute.planning.domain;

import org.resolute.advising.EngagementMode;
import org.resolute.force.Activity;

/**
 * Advising one host institution in one functional area at a location: what a team can be assigned to.
 *
 * @param id the institution and area, e.g. MOD/EF1
 * @param priority 1 (highest) to 5, from the institution's coverage in the area
 * @param activity what the advisors do there, for the national caveats
 * @param requiredSize troops the requirement asks for
 * @param command the mission command that advises the institution
 * @param leadNation the lead nation of that command when it is a spoke; empty otherwise
 */
public record AdvisingRequirement(String id, String institution, String institutionName, String area,
        String areaName, int priority, String location, String region, EngagementMode mode, Activity activity,
        int requiredSize, String command, String leadNation) {

    /** What a covered troop is worth: twice as much for each step of priority, so higher priorities come first. */
    public long weight() {
        return 1L << (5 - Math.max(1, Math.min(priority, 5)));
    }

    /** "Ministry of Defence, EF1 (priority 1)". */
    public String label() {
        return institutionName + ", " + area + " (priority " + priority + ")";
    }
}
