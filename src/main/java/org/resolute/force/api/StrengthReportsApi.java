package org.resolute.force.api;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.force.NewStrengthReport;
import org.resolute.force.StrengthPicture;
import org.resolute.force.StrengthReport;
import org.resolute.force.domain.StrengthBook;
import org.resolute.force.domain.StrengthImport;
import org.resolute.force.domain.StrengthImports;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.Provenance;
import org.resolute.kernel.Roles;
import org.resolute.kernel.csv.Csv;
import org.resolute.kernel.web.api.DateParameter;
import org.resolute.kernel.web.api.PageParameters;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Strength reports for signed-in staff, each seeing the reports their clearance and nation allow; force planners
 * record and import them.
 */
@Tag(name = "Force")
@RestController
@RequestMapping("/api/v1")
class StrengthReportsApi {

    private final StrengthBook strength;
    private final StrengthImports imports;

    StrengthReportsApi(StrengthBook strength, StrengthImports imports) {
        this.strength = strength;
        this.imports = imports;
    }

    /** Reports matching the filters, sorted by one of nation, command, location, reportDate, troops. */
    @Operation(operationId = "listStrengthReports", summary = "List strength reports")
    @GetMapping("/strength-reports")
    PageResult<StrengthReportResponse> list(StrengthReportQuery query, @PageParameters PageQuery page) {
        return strength.search(query.query(), page).map(StrengthReportResponse::of);
    }

    @Operation(operationId = "recordStrengthReport", summary = "Record a strength report")
    @PostMapping("/strength-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Roles.FORCE_PLANNERS)
    StrengthReportResponse record(@RequestBody StrengthReportRequest request) {
        NewStrengthReport report = request.toReport();
        StrengthReport stored = strength.record(report);
        return StrengthReportResponse.of(stored);
    }

    /** Imports a CSV file (the export's columns), all or nothing; a replayed Idempotency-Key answers the first result. */
    @Operation(operationId = "importStrengthReports", summary = "Import strength reports from CSV")
    @PostMapping(path = "/strength-reports/import", consumes = "text/csv")
    @PreAuthorize(Roles.FORCE_PLANNERS)
    StrengthImport importCsv(@RequestBody(required = false) String csv,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidInput("file", "the request body holds no CSV");
        }
        return imports.importCsv(idempotencyKey, "The file", new StringReader(csv));
    }

    @Operation(operationId = "exportStrengthReports", summary = "Export strength reports as CSV")
    @GetMapping(path = "/strength-reports/export", produces = Csv.MEDIA_TYPE)
    String export(StrengthReportQuery query) {
        return strength.export(query.query());
    }

    /** Troops per nation as of the date (each nation's latest report per command and location on or before it). */
    @Operation(operationId = "getStrengthTotals", summary = "Read strength totals as of a date")
    @GetMapping("/strength/totals")
    StrengthTotalsResponse totals(DateParameter date) {
        LocalDate on = date.date();
        StrengthPicture picture = strength.asOf(on);
        return new StrengthTotalsResponse(on, picture.totalTroops(), picture.nationCount(),
                picture.nations().stream().map(n -> new StrengthTotalsResponse.Nation(n.nation(), n.troops(),
                        n.provenance())).toList(), picture.byLocation());
    }

    record StrengthTotalsResponse(LocalDate date, int totalTroops, int nationCount, List<Nation> nations,
            Map<String, Integer> byLocation) {

        record Nation(String nation, int troops, Provenance provenance) {
        }
    }
}
