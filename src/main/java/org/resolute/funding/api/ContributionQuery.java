package org.resolute.funding.api;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.kernel.web.api.QueryParameters;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The query of the lists and reports on contributions (pledges, receipts, reconciliation): donor, fund, year. The
 * API and the funding pages read it alike (the pages' filter bar takes it as it is).
 */
@QueryParameters
public record ContributionQuery(ContributionFilter filter) {

    static ContributionQuery read(@RequestParam(defaultValue = "") String donor,
            @RequestParam(defaultValue = "") String fund, @RequestParam(required = false) Integer year) {
        return new ContributionQuery(new ContributionFilter(donor, fund, year));
    }
}
