package org.resolute.force.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.force.domain.Placemats;
import org.resolute.force.domain.StrengthQuery;
import org.resolute.force.web.AfghanistanMap;
import org.resolute.force.web.PlacematPrint;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public placemat for a date (today when none is given), answered by the Accept header: JSON, a printable
 * PDF, or CSV with one line per nation. Anyone may call it; it counts only the reports the caller may see.
 */
@Tag(name = "Force")
@RestController
@RequestMapping("/api/v1/placemat")
class PlacematApi {

    private final Placemats placemats;
    private final AfghanistanMap map;
    private final Clock clock;
    private final MessageSource messages;

    PlacematApi(Placemats placemats, AfghanistanMap map, Clock clock, MessageSource messages) {
        this.placemats = placemats;
        this.map = map;
        this.clock = clock;
        this.messages = messages;
    }

    @Operation(operationId = "getPlacemat", summary = "Read the public placemat as JSON, CSV or PDF")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PlacematResponse json(@RequestParam(defaultValue = "") String date) {
        return PlacematResponse.of(placemats.on(date(date)));
    }

    @Operation(operationId = "getPlacemat", summary = "Read the public placemat as JSON, CSV or PDF")
    @GetMapping(produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] pdf(@RequestParam(defaultValue = "") String date) {
        return PlacematPrint.pdf(placemats.on(date(date)), map,
                new Formats(LocaleContextHolder.getLocale(), messages));
    }

    /**
     * The same PDF at a path of its own, for clients that choose a representation by operation rather than by the
     * Accept header (a client generated from the document reads an operation's first media type, JSON, only).
     */
    @Operation(operationId = "downloadPlacematPdf", summary = "Download the public placemat as a printable PDF")
    @GetMapping(path = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] pdfDownload(@RequestParam(defaultValue = "") String date) {
        return pdf(date);
    }

    @Operation(operationId = "getPlacemat", summary = "Read the public placemat as JSON, CSV or PDF")
    @GetMapping(produces = Csv.MEDIA_TYPE)
    String csv(@RequestParam(defaultValue = "") String date) {
        return PlacematPrint.csv(placemats.on(date(date)));
    }

    private LocalDate date(String text) {
        LocalDate date = StrengthQuery.date("date", text);
        return date == null ? LocalDate.now(clock) : date;
    }
}
