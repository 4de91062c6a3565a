package org.resolute.reference.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FormErrors;
import org.resolute.reference.Membership;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nations;
import org.resolute.reference.Source;
import org.resolute.reference.Sources;
import org.resolute.reference.domain.NationBook;
import org.resolute.reference.domain.NationQuery;
import org.resolute.reference.domain.NationStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The nations list with their NATO standing on a date, its CSV download, and one nation's history. */
@Controller
class NationsPage {

    private final NationBook nations;
    private final Sources sources;

    NationsPage(NationBook nations, Sources sources) {
        this.nations = nations;
        this.sources = sources;
    }

    @GetMapping("/reference/nations")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String date, @RequestParam(defaultValue = "") String sort,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        NationQuery query;
        String order = sort;
        try {
            query = NationQuery.parse(q, status, date, today);
            model.addAttribute("nations", nations.search(query, new PageQuery(Math.max(page, 0), 25, order)));
        } catch (InvalidInput e) {
            FormErrors.of(e, request).refuse(model, response);
            query = NationQuery.on(today);
            order = "";
            model.addAttribute("nations", nations.search(query, new PageQuery(0, 25, order)));
        }
        model.addAttribute("q", query.text());
        model.addAttribute("status", query.status() == null ? "" : query.status().name());
        model.addAttribute("date", query.date());
        model.addAttribute("sort", order);
        model.addAttribute("membershipKinds", MembershipKind.values());
        model.addAttribute("sources", sourcesById());
        return "reference/nations";
    }

    @GetMapping("/reference/nations.csv")
    ResponseEntity<String> download(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String sort) {
        NationQuery query = NationQuery.parse(q, status, date, LocalDate.now(ZoneOffset.UTC));
        var rows = nations.searchAll(query, sort);
        CsvDownload csv = new CsvDownload("code", "alpha2", "name", "date", "status", "since", "until",
                "source", "provenance_status", "status_note");
        for (NationStatus row : rows) {
            Membership membership = row.membership();
            csv.line(row.nation().code(), row.nation().alpha2(), row.nation().name(), row.date().toString(),
                    row.label(), membership == null ? "" : membership.since().toString(),
                    membership == null || membership.until() == null ? "" : membership.until().toString(),
                    membership == null ? "" : membership.provenance().source(),
                    membership == null ? "" : membership.provenance().status().label(),
                    membership == null ? "" : membership.statusNote());
        }
        return csv.as("nations-" + query.date() + ".csv");
    }

    @GetMapping("/reference/nations/{code}")
    String nation(@PathVariable String code, Model model) {
        model.addAttribute("nation", nations.get(code));
        model.addAttribute("history", nations.history(code));
        model.addAttribute("sources", sourcesById());
        return "reference/nation";
    }

    @GetMapping("/reference/contributors")
    String contributors(Model model) {
        model.addAttribute("contributors", nations.contributorsTo(Nations.RESOLUTE_SUPPORT));
        model.addAttribute("sources", sourcesById());
        return "reference/contributors";
    }

    /** A download with a bad filter answers 400 with the reason; the list page shows it in the form instead. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<String> invalid(InvalidInput e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    private Map<String, Source> sourcesById() {
        return sources.all().stream().collect(Collectors.toMap(Source::id, source -> source));
    }
}
