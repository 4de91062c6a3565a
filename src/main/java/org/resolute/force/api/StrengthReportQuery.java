package org.resolute.force.api;

import org.resolute.force.domain.StrengthQuery;
import org.resolute.kernel.web.api.QueryParameters;
import org.springframework.web.bind.annotation.RequestParam;

/** The filter of strength reports, the same for the list and its CSV export. */
@QueryParameters
record StrengthReportQuery(StrengthQuery query) {

    static StrengthReportQuery read(@RequestParam(defaultValue = "") String nation,
            @RequestParam(defaultValue = "") String command, @RequestParam(defaultValue = "") String location,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
        return new StrengthReportQuery(StrengthQuery.parse(nation, command, location, from, to));
    }
}
