package org.resolute.governance.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.Timeline;
import org.resolute.governance.TimelineEntry;
import org.resolute.governance.TimelineKind;
import org.resolute.kernel.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The whole story on one page, filterable by kind and period, with ceilings and strength charted over time. */
@Controller
class TimelinePage {

    private final Timeline timeline;
    private final JsonMapper json;

    TimelinePage(Timeline timeline, JsonMapper json) {
        this.timeline = timeline;
        this.json = json;
    }

    @GetMapping("/governance/timeline")
    String show(@RequestParam(required = false) List<TimelineKind> kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Set<TimelineKind> kinds = kind == null || kind.isEmpty() ? EnumSet.allOf(TimelineKind.class)
                : EnumSet.copyOf(kind);
        List<TimelineEntry> entries;
        try {
            entries = timeline.entries(kinds, Filters.date(from, "from"), Filters.date(until, "until"));
        } catch (InvalidInput e) {
            Filters.refused(model, e, request, response);
            entries = timeline.entries(kinds, null, null);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("kinds", TimelineKind.values());
        model.addAttribute("chosen", kinds);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("chart", json.writeValueAsString(chart(entries)));
        return "governance/timeline";
    }

    /** The troops of mission ceilings and strength reports, as two series of dated points. */
    static Map<String, Object> chart(List<TimelineEntry> entries) {
        List<List<Object>> ceilings = new ArrayList<>();
        List<List<Object>> strength = new ArrayList<>();
        List<List<Object>> events = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (entry.kind() == TimelineKind.CEILING && entry.title().startsWith("Mission")) {
                ceilings.add(List.of(entry.date().toString(), entry.figure()));
            } else if (entry.kind() == TimelineKind.STRENGTH) {
                strength.add(List.of(entry.date().toString(), entry.figure()));
            } else if (entry.kind() == TimelineKind.MEETING || entry.kind() == TimelineKind.DECISION) {
                events.add(List.of(entry.date().toString(), entry.title()));
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("ceilings", ceilings);
        chart.put("strength", strength);
        chart.put("events", events);
        return chart;
    }
}
