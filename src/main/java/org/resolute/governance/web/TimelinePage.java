package org.resolute.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.governance.domain.Timeline;
import org.resolute.governance.domain.TimelineEntry;
import org.resolute.governance.domain.TimelineKind;
import org.resolute.governance.domain.TimelineLine;
import org.resolute.governance.domain.Wording;
import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    TimelinePage(Timeline timeline, JsonMapper json, MessageSource messages) {
        this.timeline = timeline;
        this.json = json;
        this.messages = messages;
    }

    /** A line as the page shows it: the entry, and its title and detail in the reader's words. */
    record Row(TimelineEntry entry, String title, String detail) {
    }

    @GetMapping("/governance/timeline")
    String show(@RequestParam(required = false) List<TimelineKind> kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Set<TimelineKind> kinds = kind == null || kind.isEmpty() ? EnumSet.allOf(TimelineKind.class)
                : EnumSet.copyOf(kind);
        List<TimelineLine> lines;
        try {
            lines = timeline.lines(kinds, InputDates.parse(from, "from"), InputDates.parse(until, "until"));
        } catch (InvalidInput e) {
            FilteredList.refused(model, e, request).refuse(model, response);
            lines = timeline.lines(kinds, null, null);
        }
        Formats words = Formats.forReader(messages);
        List<Row> rows = lines.stream().map(line -> new Row(line.entry(), said(line.title(), words),
                said(line.detail(), words))).toList();
        model.addAttribute("entries", rows);
        model.addAttribute("kinds", TimelineKind.values());
        model.addAttribute("chosen", kinds);
        model.addAttribute("from", from);
        model.addAttribute("until", until);
        model.addAttribute("chart", json.writeValueAsString(chart(rows)));
        return "governance/timeline";
    }

    /** Words in the reader's language, their days, troops and codes formatted for the reader. */
    static String said(Wording wording, Formats words) {
        return words.message(wording.key(), wording.arguments().stream().map(argument -> said(argument, words))
                .toArray());
    }

    private static String said(Object argument, Formats words) {
        if (argument instanceof LocalDate day) {
            return words.date(day);
        }
        if (argument instanceof Number number) {
            return words.number(number);
        }
        if (argument instanceof Enum<?> code) {
            return words.name(code);
        }
        return argument.toString();
    }

    /** The troops of mission ceilings and strength reports, as two series of dated points, and the events. */
    static Map<String, Object> chart(List<Row> rows) {
        List<List<Object>> ceilings = new ArrayList<>();
        List<List<Object>> strength = new ArrayList<>();
        List<List<Object>> events = new ArrayList<>();
        for (Row row : rows) {
            TimelineEntry entry = row.entry();
            if (entry.kind() == TimelineKind.CEILING && entry.title().startsWith("Mission")) {
                ceilings.add(List.of(entry.date().toString(), entry.figure()));
            } else if (entry.kind() == TimelineKind.STRENGTH) {
                strength.add(List.of(entry.date().toString(), entry.figure()));
            } else if (entry.kind() == TimelineKind.MEETING || entry.kind() == TimelineKind.DECISION) {
                events.add(List.of(entry.date().toString(), row.title()));
            }
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("ceilings", ceilings);
        chart.put("strength", strength);
        chart.put("events", events);
        return chart;
    }
}
