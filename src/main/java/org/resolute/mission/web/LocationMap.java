package org.resolute.mission.web;

import java.util.ArrayList;
import java.util.List;

import org.resolute.mission.Command;
import org.resolute.mission.CommandKind;
import org.resolute.mission.LabelLayout.Label;
import org.resolute.mission.LabelLayout.Placed;
import org.resolute.mission.LabelLayout;
import org.resolute.mission.Location;

/**
 * The mission's locations as points on a plain map of Afghanistan's bounding box, in an equirectangular
 * projection scaled by the cosine of the middle latitude, so that distances east-west and north-south look alike.
 */
final class LocationMap {

    static final double WEST = 60.4;
    static final double EAST = 75.0;
    static final double SOUTH = 29.3;
    static final double NORTH = 38.6;
    static final int WIDTH = 640;
    static final int MARGIN = 24;

    private static final double COS_MID_LATITUDE = Math.cos(Math.toRadians((SOUTH + NORTH) / 2));
    private static final double SCALE = (WIDTH - 2.0 * MARGIN) / ((EAST - WEST) * COS_MID_LATITUDE);
    private static final double LABEL_SIZE = 12;

    /** A location placed on the map, with the commands based there and where its label is written. */
    record Point(Location location, List<Command> commands, double x, double y, double labelX, double labelY,
            String anchor) {

        public String label() {
            return shortName(location);
        }

        public boolean hub() {
            return commands.stream().anyMatch(command -> command.kind() == CommandKind.HUB);
        }
    }

    /** A meridian or parallel line with its label. */
    record Line(double x1, double y1, double x2, double y2, String label) {
    }

    private LocationMap() {
    }

    static int height() {
        return (int) Math.round((NORTH - SOUTH) * SCALE + 2 * MARGIN);
    }

    static double x(double longitude) {
        return round(MARGIN + (longitude - WEST) * COS_MID_LATITUDE * SCALE);
    }

    static double y(double latitude) {
        return round(MARGIN + (NORTH - latitude) * SCALE);
    }

    /** The locations on the map, each label set where it covers no other label or point. */
    static List<Point> points(List<Location> locations, List<Command> commands) {
        List<Label> labels = locations.stream().map(location -> new Label(x(location.longitude()),
                y(location.latitude()), List.of(shortName(location)), List.of(LABEL_SIZE))).toList();
        List<Placed> spots = LabelLayout.place(labels, WIDTH, height());
        List<Point> placed = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            Location location = locations.get(i);
            Placed spot = spots.get(i);
            placed.add(new Point(location, commands.stream()
                    .filter(command -> command.location().equals(location.code())).toList(),
                    x(location.longitude()), y(location.latitude()), round(spot.x()), round(spot.y()),
                    spot.anchor()));
        }
        return placed;
    }

    private static String shortName(Location location) {
        String name = location.name();
        int cut = name.indexOf(" (");
        return cut > 0 ? name.substring(0, cut) : name;
    }

    static List<Line> graticule() {
        List<Line> lines = new ArrayList<>();
        for (int longitude = 62; longitude <= 74; longitude += 2) {
            lines.add(new Line(x(longitude), y(NORTH), x(longitude), y(SOUTH), longitude + "°E"));
        }
        for (int latitude = 30; latitude <= 38; latitude += 2) {
            lines.add(new Line(x(WEST), y(latitude), x(EAST), y(latitude), latitude + "°N"));
        }
        return lines;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
