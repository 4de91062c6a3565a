package org.resolute.advising.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.domain.Engagement;
import org.resolute.advising.domain.EngagementSearch;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.advising.domain.Engagements;
import org.resolute.kernel.HomeSection;
import org.resolute.kernel.HomeSection.Figure;
import org.resolute.kernel.HomeSection.Line;
import org.resolute.kernel.HomeSection.Task;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Advising on the home page: where it is thinnest against capability (the weakest rated institutions and areas
 * with the fewest approved engagements in the coverage window, as the coverage heatmap counts them), and for a
 * lead, the engagements waiting for their approval. All from what the viewer may see.
 */
@Component
class AdvisingHomeSection implements HomeSection.Source {

    /** The coverage heatmap's default window. */
    static final int WINDOW_DAYS = 90;
    private static final int SHOWN = 4;
    /** Weak: rated 1 or 2 (not capable, developing). */
    private static final int WEAK = 2;

    private final Coverage coverage;
    private final Engagements engagements;
    private final AdvisingDay day;

    AdvisingHomeSection(Coverage coverage, Engagements engagements, AdvisingDay day) {
        this.coverage = coverage;
        this.engagements = engagements;
        this.day = day;
    }

    @Override
    public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
        LocalDate asOf = day.latest();
        List<CoverageCell> rated = coverage.coverage(asOf, WINDOW_DAYS).stream()
                .filter(cell -> cell.latestRating() != null).toList();
        long weakUncovered = rated.stream()
                .filter(cell -> cell.latestRating() <= WEAK && cell.recentEngagements() == 0).count();
        long weak = rated.stream().filter(cell -> cell.latestRating() <= WEAK).count();
        List<Figure> figures = rated.isEmpty() ? List.of() : List.of(
                new Figure(words.message("advising.home.weak"), words.number(weak),
                        words.message("advising.home.weakOf", words.number(rated.size())), false),
                new Figure(words.message("advising.home.uncovered"), words.number(weakUncovered),
                        words.message("advising.home.window", words.number(WINDOW_DAYS), words.date(asOf)),
                        weakUncovered > 0));
        List<Line> thinnest = rated.stream()
                .sorted(Comparator.comparingInt(CoverageCell::latestRating)
                        .thenComparingInt(CoverageCell::recentEngagements)
                        .thenComparing(CoverageCell::institutionName).thenComparing(CoverageCell::areaName))
                .limit(SHOWN).map(cell -> line(cell, words)).toList();
        String note = words.message("advising.home.note")
                + (rated.stream().anyMatch(CoverageCell::illustrative)
                        ? " " + words.message("advising.home.illustrative") : "");
        return Optional.of(HomeSection.of("advising", 20, words.message("advising.home.title"), "/advising/coverage",
                words.message("advising.home.link"), figures, note)
                .withLines(List.of(words.message("advising.home.engagements"), words.message("advising.home.rating")),
                        thinnest, words.message("advising.home.empty")));
    }

    @Override
    public List<Task> tasksFor(Viewer viewer, Formats words) {
        if (!viewer.has(Role.ADVISING_LEAD)) {
            return List.of();
        }
        PageResult<Engagement> submitted = engagements.search(new EngagementSearch("", null, null, "", "", "", "",
                "", EngagementStatus.SUBMITTED.name(), null), PageQuery.first(PageQuery.MAX_SIZE));
        long mine = submitted.items().stream().filter(engagements::mayDecide).count();
        if (mine == 0) {
            return List.of();
        }
        boolean more = submitted.totalItems() > submitted.items().size();
        return List.of(new Task(words.message("advising.home.toApprove"),
                more ? words.message("advising.home.atLeast", words.number(mine)) : words.number(mine),
                "/advising/engagements?status=SUBMITTED"));
    }

    private static Line line(CoverageCell cell, Formats words) {
        String link = UriComponentsBuilder.fromPath("/advising/engagements")
                .queryParam("institution", cell.institution()).queryParam("area", cell.area()).build().toUriString();
        return new Line(words.message("advising.home.cell", cell.institutionName(), cell.areaName()), link,
                List.of(words.number(cell.recentEngagements()),
                        words.message("advising.home.ratingOf", cell.latestRating())),
                cell.recentEngagements() == 0);
    }
}
