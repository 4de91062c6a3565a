package org.resolute.mission.web;

import java.io.StringWriter;
import java.time.LocalDate;

import org.resolute.kernel.InputDates;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.csv.CsvWriter;
import org.resolute.mission.CeilingKind;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.domain.CeilingBook;
import org.resolute.mission.domain.CeilingQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ceiling history as CSV, with the page's filters and order, for every signed-in user. */
@RestController
class CeilingExport {

    private final CeilingBook ceilings;

    CeilingExport(CeilingBook ceilings) {
        this.ceilings = ceilings;
    }

    @GetMapping(value = "/mission/ceilings.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export(@RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String nation, @RequestParam(defaultValue = "") String inForceOn,
            @RequestParam(defaultValue = "from,desc") String sort) {
        CeilingQuery query = new CeilingQuery(kind(kind), nation, date(inForceOn));
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).line("kind", "nation", "troops", "from", "until", "basis",
                "decision", "source", "as_of", "status");
        int page = 0;
        PageResult<TroopCeiling> result;
        do {
            result = ceilings.search(query, new PageQuery(page++, PageQuery.MAX_SIZE, sort));
            for (TroopCeiling ceiling : result.items()) {
                csv.line(ceiling.kind().name(), ceiling.nation().orElse(""), String.valueOf(ceiling.troops()),
                        ceiling.from().toString(), ceiling.until().map(LocalDate::toString).orElse(""),
                        ceiling.basis(), ceiling.decisionRef().orElse(""), ceiling.provenance().source(),
                        ceiling.provenance().asOf() == null ? "" : ceiling.provenance().asOf().toString(),
                        ceiling.provenance().status().label());
            }
        } while (result.hasNext());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"troop-ceilings.csv\"")
                .body(out.toString());
    }

    private static CeilingKind kind(String kind) {
        try {
            return kind.isBlank() ? null : CeilingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "kind must be MISSION or NATIONAL_CAP, not '" + kind + "'");
        }
    }

    private static LocalDate date(String date) {
        return InputDates.parse(date, "inForceOn");
    }
}
