package org.resolute.governance.web;

import org.resolute.governance.domain.Decision;
import org.resolute.governance.domain.DecisionBook;
import org.resolute.governance.domain.GovernanceFilter;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.CsvDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The decisions the viewer may see, with the list's filters, as CSV. */
@RestController
class DecisionExport {

    private final DecisionBook decisions;

    DecisionExport(DecisionBook decisions) {
        this.decisions = decisions;
    }

    @GetMapping(value = "/governance/decisions.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export(@RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String until,
            @RequestParam(defaultValue = "") String q) {
        CsvDownload csv = new CsvDownload("id", "decided_on", "kind", "title", "text", "meeting",
                "effective_from", "effective_until", "reaffirms", "source", "status", "classification");
        for (Decision d : decisions.list(GovernanceFilter.typed(kind, from, until, q))) {
            csv.line(d.id().toString(), d.decidedOn().toString(), d.kind().name(), d.title(), d.text(),
                    d.meeting(), d.effectiveFrom(), d.effectiveUntil(), d.reaffirms(),
                    d.provenance().source(), d.provenance().status().label(), d.marking().toString());
        }
        return csv.as("decisions.csv");
    }
}
