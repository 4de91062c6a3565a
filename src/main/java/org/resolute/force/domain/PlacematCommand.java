package org.resolute.force.domain;

/**
 * The hub or a spoke on the placemat's map, with its lead nation and the troops reported there.
 *
 * @param hub whether it is the hub (the mission headquarters) rather than a spoke
 */
public record PlacematCommand(String code, String name, boolean hub, String location, String leadNation,
        String leadNationName, int troops, double latitude, double longitude) {
}
