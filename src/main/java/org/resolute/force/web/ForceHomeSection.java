package org.resolute.force.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Chart;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection.Line;
import org.resolute.kernel.HomeSection.Point;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.TroopCeilings;
import org.springframework.stereotype.Component;

/**
 * The force on the home page: troops and nations month by month against the mission ceiling, from the strength
 * reports the viewer may see. A donor's representative sees their own figures on their home page instead.
 */
@Component
class ForceHomeSection implements HomeSection.Source {

    /** How many years the table shows, latest first. */
    private static final int YEARS = 3;

    private final StrengthReports strength;
    private final TroopCeilings ceilings;

    ForceHomeSection(StrengthReports strength, TroopCeilings ceilings) {
        this.strength = strength;
        this.ceilings = ceilings;
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        List<StrengthPicture> months = strength.timeline();
        if (months.isEmpty()) {
            return Optional.of(section(words, List.of(), "").withLines(List.of(), List.of(),
                    words.message("force.home.empty")));
        }
        StrengthPicture latest = months.get(months.size() - 1);
        Optional<Integer> ceiling = ceilings.missionCeilingOn(latest.date()).map(TroopCeiling::troops);
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(words.message("force.home.troops"), words.number(latest.totalTroops()),
                words.message("force.home.asOf", words.date(latest.date())), false));
        figures.add(new Figure(words.message("force.home.nations"), words.number(latest.nationCount()),
                words.message("force.home.nationsPeak", words.number(peakNations(months))), false));
        ceiling.ifPresent(limit -> figures.add(headroom(words, latest.totalTroops(), limit)));
        String note = words.message("force.home.note")
                + (months.stream().anyMatch(StrengthPicture::includesIllustrative)
                        ? " " + words.message("force.home.illustrative") : "");
        return Optional.of(section(words, figures, note)
                .withLines(List.of(words.message("force.home.troops"), words.message("force.home.nations"),
                        words.message("force.home.ceiling")), yearLines(months, words), "")
                .withChart(chart(months, words)));
    }

    private static HomeSection section(Formats words, List<Figure> figures, String note) {
        return HomeSection.of("force", 10, words.message("force.home.title"), "/force/strength/charts",
                words.message("force.home.link"), figures, note);
    }

    private static Figure headroom(Formats words, int troops, int limit) {
        return troops > limit
                ? new Figure(words.message("force.home.ceiling"), words.number(limit),
                        words.message("force.home.over", words.number(troops - limit)), true)
                : new Figure(words.message("force.home.ceiling"), words.number(limit),
                        words.message("force.home.under", words.number(limit - troops)), false);
    }

    private static int peakNations(List<StrengthPicture> months) {
        return months.stream().mapToInt(StrengthPicture::nationCount).max().orElse(0);
    }

    /** Each year's last month, latest year first: troops and nations over time, with the ceiling of the day. */
    private List<Line> yearLines(List<StrengthPicture> months, Formats words) {
        Map<Integer, StrengthPicture> yearEnds = new TreeMap<>();
        months.forEach(month -> yearEnds.put(month.date().getYear(), month));
        List<Line> lines = new ArrayList<>();
        List<StrengthPicture> ends = new ArrayList<>(yearEnds.values());
        for (int i = ends.size() - 1; i >= 0 && lines.size() < YEARS; i--) {
            StrengthPicture picture = ends.get(i);
            Optional<Integer> limit = ceilings.missionCeilingOn(picture.date()).map(TroopCeiling::troops);
            boolean over = limit.map(value -> picture.totalTroops() > value).orElse(false);
            lines.add(new Line(words.date(picture.date()), "", List.of(words.number(picture.totalTroops()),
                    words.number(picture.nationCount()), limit.map(words::number).orElse("")), over));
        }
        return lines;
    }

    private Chart chart(List<StrengthPicture> months, Formats words) {
        List<Point> points = months.stream().map(month -> new Point(month.date(), words.date(month.date()),
                month.totalTroops(), ceilings.missionCeilingOn(month.date()).map(c -> (long) c.troops()).orElse(null)))
                .toList();
        return new Chart(words.message("force.home.chart", words.date(months.get(0).date()),
                words.date(months.get(months.size() - 1).date())), words.message("force.home.troops"),
                words.message("force.home.ceiling"), points);
    }
}
