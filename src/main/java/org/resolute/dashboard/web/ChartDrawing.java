package org.resolute.dashboard.web;

import java.util.List;
import java.util.Locale;

import org.resolute.kernel.HomeSection.Chart;
import org.resolute.kernel.HomeSection.Point;

/**
 * A home-page chart drawn as inline SVG on the server: the value as a line and the limit as a step, on a time axis
 * (each point placed by its date, so uneven dates are spaced as they fall). No script, so no words in JavaScript;
 * the points also go into a table for screen readers. Public for the template's expressions.
 *
 * @param valueLine the line's points, "x,y x,y"
 * @param limitPath the step's SVG path; empty when no limit is in force on any date
 * @param top the value at the top of the scale
 */
public record ChartDrawing(Chart chart, String valueLine, String limitPath, long top) {

    static final int WIDTH = 600;
    static final int HEIGHT = 150;

    public static ChartDrawing of(Chart chart) {
        List<Point> points = chart.points();
        long top = Math.max(1, points.stream()
                .mapToLong(point -> Math.max(point.value(), point.limit() == null ? 0 : point.limit())).max()
                .orElse(1));
        long first = points.isEmpty() ? 0 : points.get(0).date().toEpochDay();
        long span = points.isEmpty() ? 1 : Math.max(1, points.get(points.size() - 1).date().toEpochDay() - first);
        StringBuilder line = new StringBuilder();
        StringBuilder step = new StringBuilder();
        Double previousLimitY = null;
        for (Point point : points) {
            double x = (point.date().toEpochDay() - first) * (double) WIDTH / span;
            line.append(coordinate(x)).append(',').append(coordinate(y(point.value(), top))).append(' ');
            if (point.limit() == null) {
                previousLimitY = null;
                continue;
            }
            double limitY = y(point.limit(), top);
            step.append(previousLimitY == null ? "M" : " H" + coordinate(x) + " V").append(previousLimitY == null
                    ? coordinate(x) + "," + coordinate(limitY) : coordinate(limitY));
            previousLimitY = limitY;
        }
        if (previousLimitY != null) {
            step.append(" H").append(WIDTH);
        }
        return new ChartDrawing(chart, line.toString().trim(), step.toString(), top);
    }

    private static double y(long value, long top) {
        return HEIGHT - value * (double) HEIGHT / top;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
