package org.resolute.force.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.StrengthImport;
import org.resolute.force.StrengthQuery;
import org.resolute.force.StrengthReports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.mission.Posture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strength reports list for staff, its CSV export, and the planner's forms to record and import reports. */
@Controller
class StrengthPage {

    private final StrengthReports strength;
    private final Posture posture;

    StrengthPage(StrengthReports strength, Posture posture) {
        this.strength = strength;
        this.posture = posture;
    }

    @ModelAttribute("statuses")
    ProvenanceStatus[] statuses() {
        return ProvenanceStatus.values();
    }

    @GetMapping("/force/strength")
    String list(Filters filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model, HttpServletResponse response) {
        StrengthQuery query;
        try {
            query = filters.query();
            model.addAttribute("reports", strength.search(query, new PageQuery(Math.max(page, 0), 25, sort)));
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("reports", strength.search(StrengthQuery.ALL, PageQuery.first(25)));
        }
        return page(model, filters, model.containsAttribute("report") ? (ReportForm) model.getAttribute("report")
                : ReportForm.empty());
    }

    @GetMapping("/force/strength/export.csv")
    ResponseEntity<byte[]> export(Filters filters) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"strength-reports.csv\"")
                .body(strength.export(filters.query()).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/force/strength")
    @PreAuthorize("hasRole('FORCE_PLANNER')")
    String record(@ModelAttribute("report") ReportForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var stored = strength.record(form.toReport());
            redirect.addFlashAttribute("message", "Recorded " + stored.troops() + " troops for " + stored.nation()
                    + " at " + stored.command() + " / " + stored.location() + " on " + stored.reportDate() + ".");
            return "redirect:/force/strength";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("formError", e.getMessage());
            model.addAttribute("formField", e.field());
            model.addAttribute("reports", strength.search(StrengthQuery.ALL, PageQuery.first(25)));
            return page(model, new Filters("", "", "", "", ""), form);
        }
    }

    @PostMapping("/force/strength/import")
    @PreAuthorize("hasRole('FORCE_PLANNER')")
    String importFile(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "The file"
                : file.getOriginalFilename();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            StrengthImport result = strength.importCsv(name, in);
            redirect.addFlashAttribute("message", name + " imported: " + result.stored() + " reports stored, "
                    + result.unchanged() + " already stored and unchanged.");
            return "redirect:/force/strength";
        } catch (CsvRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importError", name + " was not imported; nothing was stored.");
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("reports", strength.search(StrengthQuery.ALL, PageQuery.first(25)));
            return page(model, new Filters("", "", "", "", ""), ReportForm.empty());
        }
    }

    private String page(Model model, Filters filters, ReportForm form) {
        model.addAttribute("planner", Viewers.current().has(Role.FORCE_PLANNER));
        model.addAttribute("filters", filters);
        model.addAttribute("report", form);
        model.addAttribute("commands", posture.commands());
        model.addAttribute("locations", posture.locations());
        return "force/strength-reports";
    }

    /** The list's filters as the form sends them. */
    record Filters(String nation, String command, String location, String from, String to) {

        Filters {
            nation = nation == null ? "" : nation;
            command = command == null ? "" : command;
            location = location == null ? "" : location;
            from = from == null ? "" : from;
            to = to == null ? "" : to;
        }

        StrengthQuery query() {
            return StrengthQuery.parse(nation, command, location, from, to);
        }
    }

    /** The form to record one report. */
    record ReportForm(String nation, String command, String location, String reportDate, String troops,
            String source, String provenanceStatus, String classification, String releasableTo) {

        static ReportForm empty() {
            return new ReportForm("", "", "", "", "", "", "EXACT", "PUBLIC", "");
        }

        org.resolute.force.NewStrengthReport toReport() {
            java.time.LocalDate date = StrengthQuery.date("reportDate", reportDate);
            if (date == null) {
                throw new InvalidInput("reportDate", "Report date is missing");
            }
            int count;
            try {
                count = Integer.parseInt(troops == null ? "" : troops.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput("troops", "Troops must be a whole number");
            }
            if (source == null || source.isBlank()) {
                throw new InvalidInput("source", "Source is missing: say where the figure comes from");
            }
            org.resolute.kernel.Marking marking;
            try {
                marking = org.resolute.kernel.Marking.of(
                        org.resolute.kernel.Classification.valueOf(classification), releasableTo);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("releasableTo", "A PUBLIC report cannot be limited to nations");
            }
            return new org.resolute.force.NewStrengthReport(upper(nation), upper(command), upper(location), date,
                    count, new Provenance(source.trim(), date, ProvenanceStatus.valueOf(provenanceStatus)), marking);
        }

        private static String upper(String text) {
            return text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        }
    }
}
