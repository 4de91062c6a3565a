package org.resolute.force.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.domain.StrengthBook;
import org.resolute.force.domain.StrengthImport;
import org.resolute.force.domain.StrengthQuery;
import org.resolute.kernel.Classification;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.Marking;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.ProvenanceStatus;
import org.resolute.kernel.Roles;
import org.resolute.kernel.csv.CsvRejected;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FilteredPage;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.FormPost;
import org.resolute.kernel.web.FormValues;
import org.resolute.kernel.web.Notice;
import org.resolute.kernel.web.i18n.Formats;
import org.resolute.mission.Posture;
import org.resolute.reference.Nations;
import org.springframework.context.MessageSource;
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

    private final StrengthBook strength;
    private final Posture posture;
    private final ForceNames names;
    private final MessageSource messages;
    private final Nations nations;

    StrengthPage(StrengthBook strength, Posture posture, ForceNames names, MessageSource messages,
            Nations nations) {
        this.strength = strength;
        this.posture = posture;
        this.names = names;
        this.messages = messages;
        this.nations = nations;
    }

    @ModelAttribute("statuses")
    ProvenanceStatus[] statuses() {
        return ProvenanceStatus.values();
    }

    @GetMapping("/force/strength")
    String list(ReportFilter filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "") String sort, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("reports", FilteredPage.of(
                () -> strength.search(filters.query(), new PageQuery(Math.max(page, 0), 25, sort)),
                () -> strength.search(StrengthQuery.ALL, PageQuery.first(25)),
                e -> FormErrors.of(ReportFilter.field(e.field()), e.wording(), request), model, response));
        return page(model, filters, ReportForm.empty());
    }

    @GetMapping("/force/strength/export.csv")
    ResponseEntity<String> export(ReportFilter filters) {
        return CsvDownload.attachment("strength-reports.csv", strength.export(filters.query()));
    }

    /**
     * Records a report; refused, the page comes back with the form open at the top, the error next to its field
     * and what was typed kept, the list's filters untouched.
     */
    @PostMapping("/force/strength")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    String record(@ModelAttribute("report") ReportForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormPost.answer(() -> {
            var stored = strength.record(form.toReport());
            Formats formats = Formats.forReader(messages);
            ForceNames.Names named = names.names();
            redirect.addFlashAttribute("notice", Notice.of("force.strength.recorded",
                    formats.number(stored.troops()), named.nation(stored.nation()), named.command(stored.command()),
                    named.location(stored.location()), formats.date(stored.reportDate())));
            return "redirect:/force/strength";
        }, () -> {
            model.addAttribute("reports", strength.search(StrengthQuery.ALL, PageQuery.first(25)));
            return page(model, ReportFilter.NONE, form);
        }, model, request, response);
    }

    @PostMapping("/force/strength/import")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    String importFile(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? ""
                : file.getOriginalFilename();
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            StrengthImport result = strength.importCsv(name.isEmpty() ? "file" : name, in);
            redirect.addFlashAttribute("notice", Notice.of("force.strength.imported", name, result.stored(),
                    result.unchanged()));
            return "redirect:/force/strength";
        } catch (CsvRejected e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importRefused", name);
            model.addAttribute("importErrors", e.errors());
            model.addAttribute("reports", strength.search(StrengthQuery.ALL, PageQuery.first(25)));
            return page(model, ReportFilter.NONE, ReportForm.empty());
        }
    }

    private String page(Model model, ReportFilter filters, ReportForm form) {
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("filters", filters);
        model.addAttribute("report", form);
        model.addAttribute("commands", posture.commands());
        model.addAttribute("locations", posture.locations());
        model.addAttribute("nations", nations.all());
        return "force/strength-reports";
    }

    /** The list's filters as the form sends them: a date range is from and until, as on every list. */
    record ReportFilter(String nation, String command, String location, String from, String until) {

        static final ReportFilter NONE = new ReportFilter("", "", "", "", "");

        ReportFilter {
            nation = nation == null ? "" : nation;
            command = command == null ? "" : command;
            location = location == null ? "" : location;
            from = from == null ? "" : from;
            until = until == null ? "" : until;
        }

        StrengthQuery query() {
            return StrengthQuery.parse(nation, command, location, from, until);
        }

        /** The filter bar's field for a field the query names ("to" is the bar's "until"). */
        static String field(String queryField) {
            return "to".equals(queryField) ? "until" : queryField;
        }
    }

    /** The form to record one report. */
    record ReportForm(String nation, String command, String location, String reportDate, String troops,
            String source, String provenanceStatus, String classification, String releasableTo) {

        static ReportForm empty() {
            return new ReportForm("", "", "", "", "", "", "EXACT", "PUBLIC", "");
        }

        NewStrengthReport toReport() {
            LocalDate date = FormValues.date("reportDate", reportDate);
            if (date == null) {
                throw new InvalidInput("reportDate", "error.required", "Report date is missing");
            }
            Integer count = FormValues.number("troops", troops);
            if (count == null) {
                throw new InvalidInput("troops", "error.required", "Troops is missing");
            }
            if (source == null || source.isBlank()) {
                throw new InvalidInput("source", "force.error.sourceMissing",
                        "Source is missing: say where the figure comes from");
            }
            Marking marking = Marking.typed(classification, releasableTo).orElse(Marking.PUBLIC);
            ProvenanceStatus status = FormValues.choice("provenanceStatus", provenanceStatus, ProvenanceStatus.class);
            return new NewStrengthReport(upper(nation), upper(command), upper(location), date, count,
                    new Provenance(source.trim(), date, status == null ? ProvenanceStatus.EXACT : status), marking);
        }

        private static String upper(String text) {
            return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        }
    }
}
