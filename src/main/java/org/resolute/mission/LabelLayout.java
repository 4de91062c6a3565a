package org.resolute.mission;

import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Where the labels of places on a small map go so that none covers another label or another place: each label
 * tries, in turn, the right of its point, the left, below, above and then further out, and takes the first spot
 * that is free and inside the map; when none is, the one that overlaps least. Kabul, Bagram and FOB Gamberi lie
 * within a few map units of each other, so a fixed side for every label writes them over each other.
 */
@NamedInterface("api")
public final class LabelLayout {

    /** Width of an average character as a share of the font size (Helvetica and the browsers' sans-serif). */
    private static final double CHARACTER = 0.56;
    private static final double GAP = 8;
    private static final double POINT_RADIUS = 7;

    private LabelLayout() {
    }

    /** A label to place: its point on the map and its lines, each with its font size. */
    public record Label(double x, double y, List<String> lines, List<Double> sizes) {

        public Label {
            lines = List.copyOf(lines);
            sizes = List.copyOf(sizes);
        }

        double width() {
            double widest = 0;
            for (int i = 0; i < lines.size(); i++) {
                widest = Math.max(widest, lines.get(i).length() * sizes.get(i) * CHARACTER);
            }
            return widest;
        }

        double height() {
            return sizes.stream().mapToDouble(size -> size * 1.2).sum();
        }
    }

    /**
     * Where a label is written: the baseline of its first line at (x, y), anchored at its start, middle or end;
     * each further line one line height lower.
     *
     * @param anchor which end of the text sits at x, as SVG's text-anchor says it: start, middle or end
     */
    public record Placed(double x, double y, String anchor) {

        /** The baseline of the line at this index. */
        public double lineY(Label label, int index) {
            double y = this.y;
            for (int i = 1; i <= index; i++) {
                y += label.sizes().get(i) * 1.2;
            }
            return y;
        }
    }

    private static final String START = "start";
    private static final String MIDDLE = "middle";
    private static final String END = "end";

    private record Box(double left, double top, double right, double bottom) {

        double overlap(Box other) {
            double w = Math.min(right, other.right) - Math.max(left, other.left);
            double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
            return w > 0 && h > 0 ? w * h : 0;
        }

        double outside(double width, double height) {
            double inside = new Box(0, 0, width, height).overlap(this);
            return (right - left) * (bottom - top) - inside;
        }
    }

    /** The spot of each label, in the order given, inside a map of this width and height. */
    public static List<Placed> place(List<Label> labels, double width, double height) {
        List<Box> taken = new ArrayList<>();
        labels.forEach(label -> taken.add(new Box(label.x() - POINT_RADIUS, label.y() - POINT_RADIUS,
                label.x() + POINT_RADIUS, label.y() + POINT_RADIUS)));
        List<Placed> placed = new ArrayList<>();
        for (Label label : labels) {
            Placed best = null;
            double bestCost = Double.MAX_VALUE;
            for (Placed candidate : candidates(label)) {
                Box box = box(label, candidate);
                double cost = box.outside(width, height) * 4;
                for (Box other : taken) {
                    cost += box.overlap(other);
                }
                if (cost < bestCost) {
                    best = candidate;
                    bestCost = cost;
                }
                if (cost == 0) {
                    break;
                }
            }
            placed.add(best);
            taken.add(box(label, best));
        }
        return placed;
    }

    private static List<Placed> candidates(Label label) {
        double x = label.x();
        double y = label.y();
        double first = label.sizes().get(0);
        double height = label.height();
        double middle = y + first * 0.35 - (height - first * 1.2) / 2;
        List<Placed> spots = new ArrayList<>();
        for (double far : new double[] {0, 1, 2}) {
            double shift = far * (height + GAP);
            spots.add(new Placed(x + GAP + far * GAP, middle, START));
            spots.add(new Placed(x - GAP - far * GAP, middle, END));
            spots.add(new Placed(x, y + GAP + first + shift, MIDDLE));
            spots.add(new Placed(x, y - GAP - height + first - shift, MIDDLE));
            spots.add(new Placed(x + GAP, y + GAP + first + shift, START));
            spots.add(new Placed(x - GAP, y + GAP + first + shift, END));
            spots.add(new Placed(x + GAP, y - GAP - height + first - shift, START));
            spots.add(new Placed(x - GAP, y - GAP - height + first - shift, END));
        }
        return spots;
    }

    private static Box box(Label label, Placed spot) {
        double width = label.width();
        double left = switch (spot.anchor()) {
            case START -> spot.x();
            case MIDDLE -> spot.x() - width / 2;
            default -> spot.x() - width;
        };
        double top = spot.y() - label.sizes().get(0);
        return new Box(left, top, left + width, top + label.height());
    }
}
