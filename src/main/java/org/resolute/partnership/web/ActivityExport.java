package org.resolute.partnership.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.CsvDownload;
import org.resolute.partnership.ActivityFilter;
import org.resolute.partnership.ActivityKind;
import org.resolute.partnership.PartnershipActivity;
import org.resolute.partnership.domain.ActivityBook;
import org.resolute.partnership.domain.Theme;
import org.resolute.partnership.domain.Track;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The activities the viewer may see, with the list's filters, as CSV. */
@RestController
class ActivityExport {

    private final ActivityBook activities;

    ActivityExport(ActivityBook activities) {
        this.activities = activities;
    }

    @GetMapping(value = "/partnership/activities.csv", produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> export(@RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Theme theme, @RequestParam(required = false) Track track,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) String q) {
        List<PartnershipActivity> listed = activities.list(new ActivityFilter(kind, theme, track, from, until, q))
                .stream().sorted(Comparator.comparing(PartnershipActivity::startsOn)).toList();
        CsvDownload csv = new CsvDownload("starts_on", "ends_on", "kind", "track", "theme", "title", "place",
                "organisers", "objectives", "outcomes", "source", "status", "classification", "releasable_to");
        for (PartnershipActivity a : listed) {
            csv.line(a.startsOn().toString(), a.endsOn().toString(), a.kind().name(), a.track().name(),
                    a.theme().name(), a.title(), a.place(), a.organisers(), a.objectives(), a.outcomes(),
                    a.provenance().source(), a.provenance().status().label(), a.marking().classification().name(),
                    a.marking().releasabilityText());
        }
        return csv.as("partnership-activities.csv");
    }
}
