package org.resolute.advising.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.resolute.advising.Coverage;
import org.resolute.advising.CoverageCell;
import org.resolute.advising.FunctionalArea;
import org.resolute.advising.HostInstitution;
import org.resolute.advising.domain.StructureBook;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage heatmap: institutions by functional area, approved engagements in the window against the latest
 * rating, each cell sorted into none, thin or enough ({@link CoverageBands}). The chart draws the figures the page
 * holds (a JSON block, its words in data attributes); the table below it holds the same figures for reading
 * without it. The page opens at the latest approved engagement the viewer may see.
 */
@Controller
class CoveragePage {

    private final Coverage coverage;
    private final AdvisingDay day;
    private final StructureBook structure;
    private final NameBook names;

    CoveragePage(Coverage coverage, AdvisingDay day, StructureBook structure, NameBook names) {
        this.coverage = coverage;
        this.day = day;
        this.structure = structure;
        this.names = names;
    }

    @GetMapping("/advising/coverage")
    String show(@RequestParam(defaultValue = "") String asOf, @RequestParam(defaultValue = "90") int days,
            Model model) {
        LocalDate date = day.typedOrLatest("asOf", asOf);
        List<CoverageCell> cells = coverage.coverage(date, days);
        CoverageBands bands = CoverageBands.forWindow(days);
        Names named = names.names();
        model.addAttribute("asOf", date);
        model.addAttribute("days", days);
        model.addAttribute("cells", cells);
        model.addAttribute("bands", bands);
        model.addAttribute("names", named);
        model.addAttribute("areas", structure.areas());
        model.addAttribute("institutions", structure.institutions());
        model.addAttribute("total", cells.stream().mapToInt(CoverageCell::recentEngagements).sum());
        model.addAttribute("illustrative", cells.stream().anyMatch(CoverageCell::illustrative));
        model.addAttribute("chart", chart(cells, bands, named));
        return "advising/coverage";
    }

    /** What the chart draws: row and column names, and each cell as column, row, count, rating and band. */
    private Map<String, Object> chart(List<CoverageCell> cells, CoverageBands bands, Names named) {
        List<String> areaCodes = structure.areas().stream().map(FunctionalArea::code).toList();
        List<String> institutionCodes = structure.institutions().stream().map(HostInstitution::code).toList();
        List<Map<String, Object>> points = new ArrayList<>();
        for (CoverageCell cell : cells) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", areaCodes.indexOf(cell.area()));
            point.put("y", institutionCodes.indexOf(cell.institution()));
            point.put("engagements", cell.recentEngagements());
            point.put("rating", cell.latestRating());
            point.put("band", bands.band(cell.recentEngagements()));
            points.add(point);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("columns", areaCodes.stream().map(named::area).toList());
        chart.put("columnNames", areaCodes.stream().map(named::areaName).toList());
        chart.put("rows", institutionCodes.stream().map(named::institution).toList());
        chart.put("cells", points);
        return chart;
    }
}
