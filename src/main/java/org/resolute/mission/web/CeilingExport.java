package org.resolute.mission.web;

import java.time.LocalDate;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.csv.Csv;
import org.resolute.mission.TroopCeiling;
import org.resolute.mission.domain.CeilingBook;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.mission.domain.CeilingQuery;
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
        CeilingQuery query = CeilingListFilter.read(kind, nation, inForceOn);
        CsvDownload csv = new CsvDownload("kind", "nation", "troops", "from", "until", "basis",
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
        return csv.as("troop-ceilings.csv");
    }
}
