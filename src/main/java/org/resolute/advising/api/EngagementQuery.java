package org.resolute.advising.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.resolute.advising.domain.EngagementSearch;
import org.resolute.kernel.Classification;
import org.resolute.kernel.web.api.QueryParameters;
import org.springframework.web.bind.annotation.RequestParam;

/** The search of engagement reports, the same for the list and its CSV export. */
@QueryParameters
record EngagementQuery(EngagementSearch search) {

    static EngagementQuery read(@RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String institution, @RequestParam(defaultValue = "") String area,
            @RequestParam(defaultValue = "") String pillar, @RequestParam(defaultValue = "") String nation,
            @RequestParam(defaultValue = "") String command, @RequestParam(defaultValue = "")
            @Parameter(description = "an engagement status, or DUE: planned and its date passed", schema = @Schema(
                    type = "string", allowableValues = {"PLANNED", "DRAFT", "SUBMITTED", "RETURNED", "APPROVED",
                            "CANCELLED", "DUE"})) String status,
            @RequestParam(defaultValue = "")
            @Parameter(schema = @Schema(implementation = Classification.class)) String marking) {
        return new EngagementQuery(EngagementSearch.parse(text, from, to, institution, area, pillar, nation, command,
                status, marking));
    }
}
