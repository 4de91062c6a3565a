package org.resolute.force.web;

import java.util.ArrayList;
import java.util.List;

import org.resolute.force.domain.PlacematCommand;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.mission.LabelLayout.Label;
import org.resolute.mission.LabelLayout.Placed;
import org.resolute.mission.LabelLayout;

/**
 * The labels of the placemat's map, on the page and in the PDF alike: each command by its name, then its place and
 * lead nation, set where no label covers another (see {@link LabelLayout}).
 */
final class PlacematMapLabels {

    static final double NAME_SIZE = 12;
    static final double LINE_SIZE = 10.5;

    private PlacematMapLabels() {
    }

    /** One command's label: its lines and where each is written, in map units. */
    record MapLabel(PlacematCommand command, List<String> lines, List<Double> sizes, List<Double> ys, double x,
            String anchor) {
    }

    static List<MapLabel> of(List<PlacematCommand> commands, AfghanistanMap map, Formats formats) {
        List<Label> labels = new ArrayList<>();
        for (PlacematCommand command : commands) {
            labels.add(new Label(map.x(command.longitude()), map.y(command.latitude()),
                    List.of(command.name(), formats.message("force.placemat.mapLine", command.location(),
                            command.leadNationName())), List.of(NAME_SIZE, LINE_SIZE)));
        }
        List<Placed> placed = LabelLayout.place(labels, AfghanistanMap.WIDTH, map.height());
        List<MapLabel> result = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Label label = labels.get(i);
            Placed spot = placed.get(i);
            List<Double> ys = new ArrayList<>();
            for (int line = 0; line < label.lines().size(); line++) {
                ys.add(round(spot.lineY(label, line)));
            }
            result.add(new MapLabel(commands.get(i), label.lines(), label.sizes(), ys, round(spot.x()),
                    spot.anchor()));
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
