package org.resolute.reference.api;

import java.time.LocalDate;
import java.time.ZoneOffset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.resolute.kernel.PageQuery;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.api.PageParameters;
import org.resolute.reference.MembershipKind;
import org.resolute.reference.Nations;
import org.resolute.reference.Source;
import org.resolute.reference.Sources;
import org.resolute.reference.domain.Currencies;
import org.resolute.reference.domain.Currency;
import org.resolute.reference.domain.NationBook;
import org.resolute.reference.domain.NationQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Nations with their NATO standing on a date, currencies and sources, for every signed-in user. */
@Tag(name = "Reference")
@RestController
@RequestMapping("/api/v1")
class ReferenceApi {

    private final NationBook nations;
    private final Currencies currencies;
    private final Sources sources;

    ReferenceApi(NationBook nations, Currencies currencies, Sources sources) {
        this.nations = nations;
        this.currencies = currencies;
        this.sources = sources;
    }

    /** Nations matching the name or code, with status ALLY or OPERATIONAL_PARTNER on the date (today if none). */
    @Operation(operationId = "listNations", summary = "List nations with their NATO membership")
    @GetMapping("/nations")
    PageResult<NationResponse> nations(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false)
            @Parameter(schema = @Schema(implementation = MembershipKind.class)) String status,
            @RequestParam(required = false) String date,
            @PageParameters PageQuery page) {
        NationQuery query = NationQuery.parse(q, status, date, LocalDate.now(ZoneOffset.UTC));
        return nations.search(query, page).map(NationResponse::of);
    }

    /** A nation with its whole membership history; 404 for an unknown code. */
    @Operation(operationId = "getNation", summary = "Read a nation")
    @GetMapping("/nations/{code}")
    NationHistoryResponse nation(@PathVariable String code) {
        return NationHistoryResponse.of(nations.get(code), nations.history(code));
    }

    @Operation(operationId = "listCurrencies", summary = "List ISO 4217 currencies")
    @GetMapping("/currencies")
    PageResult<Currency> currencies(@RequestParam(defaultValue = "") String q,
            @PageParameters PageQuery page) {
        return currencies.search(q, page);
    }

    @Operation(operationId = "listSources", summary = "List the public sources behind figures")
    @GetMapping("/sources")
    PageResult<Source> sources(@RequestParam(defaultValue = "") String q,
            @PageParameters(sorted = false) PageQuery page) {
        return sources.search(q, page);
    }
}
