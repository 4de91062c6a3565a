package org.resolute.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.mission.LabelLayout.Label;
import org.resolute.mission.LabelLayout.Placed;

class LabelLayoutTests {

    private static final double CHARACTER = 0.56;

    @Test
    void labelsOfPlacesAFewUnitsApartAreWrittenClearOfEachOtherAndOfThePoints() {
        List<Label> labels = List.of(
                label(360, 200, "Resolute Support Headquarters (hub)", "Kabul (RS HQ) · lead United States"),
                label(363, 185, "Bagram Airfield"),
                label(400, 197, "Train Advise Assist Command - East", "FOB Gamberi, Laghman · lead United States"),
                label(361, 225, "Gardez"));

        List<Placed> placed = LabelLayout.place(labels, 600, 480);

        for (int i = 0; i < labels.size(); i++) {
            double[] box = box(labels.get(i), placed.get(i));
            assertThat(box[0]).as("left of " + labels.get(i).lines().get(0)).isGreaterThanOrEqualTo(0);
            assertThat(box[2]).as("right of " + labels.get(i).lines().get(0)).isLessThanOrEqualTo(600);
            for (int j = 0; j < labels.size(); j++) {
                Label other = labels.get(j);
                assertThat(overlaps(box, new double[] {other.x() - 5, other.y() - 5, other.x() + 5, other.y() + 5}))
                        .as(labels.get(i).lines().get(0) + " over the point of " + other.lines().get(0)).isFalse();
                if (j > i) {
                    assertThat(overlaps(box, box(other, placed.get(j))))
                            .as(labels.get(i).lines().get(0) + " over " + other.lines().get(0)).isFalse();
                }
            }
        }
    }

    @Test
    void aLoneLabelGoesRightOfItsPointAndOneAtTheEasternEdgeGoesLeft() {
        List<Placed> placed = LabelLayout.place(List.of(label(100, 100, "Herat"), label(590, 300, "Khost")), 600,
                400);

        assertThat(placed.get(0).anchor()).isEqualTo("start");
        assertThat(placed.get(0).x()).isGreaterThan(100);
        assertThat(placed.get(1).anchor()).isEqualTo("end");
        assertThat(placed.get(1).x()).isLessThan(590);
    }

    private static Label label(double x, double y, String... lines) {
        return new Label(x, y, List.of(lines), lines.length == 1 ? List.of(12.0) : List.of(12.0, 10.5));
    }

    /** The label's box as the layout counts it: left, top, right, bottom. */
    private static double[] box(Label label, Placed spot) {
        double width = 0;
        double height = 0;
        for (int i = 0; i < label.lines().size(); i++) {
            width = Math.max(width, label.lines().get(i).length() * label.sizes().get(i) * CHARACTER);
            height += label.sizes().get(i) * 1.2;
        }
        double left = switch (spot.anchor()) {
            case "start" -> spot.x();
            case "middle" -> spot.x() - width / 2;
            default -> spot.x() - width;
        };
        double top = spot.y() - label.sizes().get(0);
        return new double[] {left, top, left + width, top + height};
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
