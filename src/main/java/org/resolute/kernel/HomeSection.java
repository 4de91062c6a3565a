package org.resolute.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.resolute.kernel.web.i18n.Formats;

/**
 * A module's part of a signed-in viewer's home page, the mission's one view: what the module's records say for this
 * viewer, already limited to what the viewer may see, in the viewer's words (the section is written with the
 * reader's {@link Formats}), with a link into the module. The home page lays the sections out by {@link #order};
 * what waits for the viewer (approvals, overdue follow-ups) comes as {@link Task}s, gathered from every module
 * into one list at the top.
 *
 * @param name a short name of the section, for anchors and tests ("force", "funding")
 * @param order where the section stands on the page, smallest first
 * @param title what the section is about, in the reader's words
 * @param link the module's page that tells the whole story
 * @param linkText the link's words
 * @param figures the section's headline figures
 * @param lines a short table, at most a handful of rows
 * @param columns the headings of the table's columns after the first
 * @param chart a figure over time, when the section has one
 * @param note what the figures rest on (provenance, illustrative records, the date they are as of)
 * @param emptyText what the section says when it has neither figures nor lines
 */
public record HomeSection(String name, int order, String title, String link, String linkText, List<Figure> figures,
        List<String> columns, List<Line> lines, Optional<Chart> chart, String note, String emptyText) {

    public HomeSection {
        figures = List.copyOf(figures);
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** A section of figures only. */
    public static HomeSection of(String name, int order, String title, String link, String linkText,
            List<Figure> figures, String note) {
        return new HomeSection(name, order, title, link, linkText, figures, List.of(), List.of(), Optional.empty(),
                note, "");
    }

    /** The same section with a short table. */
    public HomeSection withLines(List<String> headings, List<Line> rows, String whenEmpty) {
        return new HomeSection(name, order, title, link, linkText, figures, headings, rows, chart, note, whenEmpty);
    }

    /** The same section with a chart. */
    public HomeSection withChart(Chart figure) {
        return new HomeSection(name, order, title, link, linkText, figures, columns, lines, Optional.of(figure),
                note, emptyText);
    }

    /** Whether there is nothing to show but the empty text. */
    public boolean isEmpty() {
        return figures.isEmpty() && lines.isEmpty();
    }

    /**
     * A headline figure.
     *
     * @param label what it counts
     * @param value the figure, formatted
     * @param detail what it is measured against, or its date
     * @param alert whether it calls for attention (over a ceiling, overdue)
     */
    public record Figure(String label, String value, String detail, boolean alert) {
    }

    /**
     * A row of a section's table: the thing it is about (by name, linked when it has a page) and its figures.
     *
     * @param link the thing's page, or empty
     * @param alert whether the row calls for attention
     */
    public record Line(String label, String link, List<String> cells, boolean alert) {

        public Line {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A figure over time against a limit, drawn as a line and a step: troops against the mission ceiling.
     *
     * @param description what the chart shows, for a screen reader and as its caption
     * @param valueLegend the line's name
     * @param limitLegend the step's name
     * @param points oldest first
     */
    public record Chart(String description, String valueLegend, String limitLegend, List<Point> points) {

        public Chart {
            points = List.copyOf(points);
        }
    }

    /**
     * One date of a chart: the value and the limit in force (null where none is).
     *
     * @param label the date, formatted
     */
    public record Point(LocalDate date, String label, long value, Long limit) {
    }

    /**
     * Something waiting for this viewer: an approval, an overdue action.
     *
     * @param text what waits, in words
     * @param count how many, formatted
     * @param link where to act on it
     */
    public record Task(String text, String count, String link) {
    }

    /**
     * A module's contribution to the home page: a bean in the module's web package. Its section has an audience (the
     * viewers it is written for: the mission's staff, unless it says otherwise), asked before the section is built,
     * so a section is never computed for a viewer outside it.
     */
    public interface Source {

        /**
         * The viewers the module's section is for: the mission's staff ({@link Viewer#isMissionStaff}), unless the
         * module says otherwise (a donor's section, the auditors', everyone signed in).
         */
        default Predicate<Viewer> audience() {
            return Viewer::isMissionStaff;
        }

        /**
         * The module's section for a viewer of its {@link #audience}, written in the reader's words; empty when it
         * has none for them, and by default (a module that only has tasks).
         */
        default Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
            return Optional.empty();
        }

        /** What the home page shows this viewer of the module: its section when the viewer is in its audience. */
        default Optional<HomeSection> sectionShownTo(Viewer viewer, Formats words) {
            return audience().test(viewer) ? sectionFor(viewer, words) : Optional.empty();
        }

        /** What waits for this viewer in the module. */
        default List<Task> tasksFor(Viewer viewer, Formats words) {
            return List.of();
        }

        /** A source of a section only, for the viewers {@code audience} accepts, written by {@code section}. */
        static Source of(Predicate<Viewer> audience, Function<Formats, HomeSection> section) {
            return new Source() {

                @Override
                public Predicate<Viewer> audience() {
                    return audience;
                }

                @Override
                public Optional<HomeSection> sectionFor(Viewer viewer, Formats words) {
                    return Optional.of(section.apply(words));
                }
            };
        }
    }
}
