package org.resolute.force.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.force.domain.Placemat;
import org.resolute.force.domain.Placemats;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.kernel.web.FormErrors;
import org.resolute.kernel.web.FormValues;
import org.resolute.kernel.web.InlinePdf;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
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
            FormErrors.of(e, request).refuse(model, response);
            on = LocalDate.now(clock);
        }
        Placemat placemat = placemats.on(on);
        model.addAttribute("placemat", placemat);
        model.addAttribute("map", map);
        model.addAttribute("labels", PlacematMapLabels.of(placemat.commands(), map, Formats.forReader(messages)));
        return "force/placemat";
    }

    @GetMapping("/placemat/pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(defaultValue = "") String date) {
        LocalDate on = dateOrToday(date);
        return InlinePdf.of("placemat-" + on + ".pdf", PlacematPrint.pdf(placemats.on(on), map,
                Formats.forReader(messages)));
    }

    @GetMapping("/placemat/csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "") String date) {
        LocalDate on = dateOrToday(date);
        return CsvDownload.attachment("placemat-" + on + ".csv", PlacematPrint.csv(placemats.on(on)));
    }

    private LocalDate dateOrToday(String date) {
        LocalDate on = FormValues.date("date", date);
        return on == null ? LocalDate.now(clock) : on;
    }
}
