package org.resolute.force.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.domain.Placemat;
import org.resolute.force.domain.Placemats;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public placemat for any date, as a page with its map, and as a PDF and CSV download. */
@Controller
class PlacematPage {

    private final Placemats placemats;
    private final AfghanistanMap map;
    private final Clock clock;
    private final MessageSource messages;

    PlacematPage(Placemats placemats, AfghanistanMap map, Clock clock, MessageSource messages) {
        this.placemats = placemats;
        this.map = map;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/placemat")
    String page(@RequestParam(defaultValue = "") String date, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        LocalDate on;
        try {
            on = dateOrToday(date);
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(e, request));
            on = LocalDate.now(clock);
        }
        Placemat placemat = placemats.on(on);
        model.addAttribute("placemat", placemat);
        model.addAttribute("map", map);
        model.addAttribute("labels", PlacematMapLabels.of(placemat.commands(), map, formats()));
        return "force/placemat";
    }

    @GetMapping("/placemat/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "") String date) {
        LocalDate on = dateOrToday(date);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"placemat-" + on + ".pdf\"")
                .body(PlacematPrint.pdf(placemats.on(on), map, formats()));
    }

    @GetMapping("/placemat/csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String date) {
        LocalDate on = dateOrToday(date);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"placemat-" + on + ".csv\"")
                .body(PlacematPrint.csv(placemats.on(on)).getBytes(StandardCharsets.UTF_8));
    }

    private LocalDate dateOrToday(String date) {
        LocalDate on = FormValues.date("date", date);
        return on == null ? LocalDate.now(clock) : on;
    }

    private Formats formats() {
        return new Formats(LocaleContextHolder.getLocale(), messages);
    }
}
