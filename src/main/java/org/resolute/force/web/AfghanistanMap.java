package org.resolute.force.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Afghanistan's outline (Natural Earth, public domain, from {@code force/afghanistan-outline.json}) drawn as an
 * SVG path, and places projected onto it: an equirectangular projection, its x scaled by the cosine of the
 * country's middle latitude, in a {@value #WIDTH}-unit-wide view box.
 */
@Component
public class AfghanistanMap {

    static final double WIDTH = 600;
    private static final double MARGIN = 10;

    private final List<double[]> outline = new ArrayList<>();
    private final double west;
    private final double north;
    private final double scale;
    private final double xFactor;
    private final double height;
    private final String outlinePath;

    public AfghanistanMap(JsonMapper json) {
        try (InputStream in = new ClassPathResource("force/afghanistan-outline.json").getInputStream()) {
            JsonNode ring = json.readTree(in).get("geometry").get("coordinates").get(0);
            ring.forEach(point -> outline.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()}));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read force/afghanistan-outline.json", e);
        }
        double east = outline.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        double south = outline.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        west = outline.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        north = outline.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        xFactor = Math.cos(Math.toRadians((north + south) / 2));
        scale = (WIDTH - 2 * MARGIN) / ((east - west) * xFactor);
        height = (north - south) * scale + 2 * MARGIN;
        outlinePath = path();
    }

    public String viewBox() {
        return "0 0 " + format(WIDTH) + " " + format(height);
    }

    /** The height of the view box, for a width of {@value #WIDTH}. */
    public double height() {
        return height;
    }

    /** The outline's points projected into the view box (x to the right, y downwards). */
    public List<double[]> projectedOutline() {
        return outline.stream().map(point -> new double[] {x(point[0]), y(point[1])}).toList();
    }

    /** The outline as an SVG path (drawn once: the outline never changes). */
    public String outlinePath() {
        return outlinePath;
    }

    private String path() {
        StringBuilder path = new StringBuilder();
        for (double[] point : outline) {
            path.append(path.length() == 0 ? "M" : "L").append(format(x(point[0]))).append(',')
                    .append(format(y(point[1])));
        }
        return path.append('Z').toString();
    }

    public double x(double longitude) {
        return MARGIN + (longitude - west) * xFactor * scale;
    }

    public double y(double latitude) {
        return MARGIN + (north - latitude) * scale;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
