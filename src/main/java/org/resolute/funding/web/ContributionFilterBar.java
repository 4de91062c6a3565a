package org.resolute.funding.web;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.resolute.kernel.web.api.QueryParameters;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filter bar that the pledge, receipt and reconciliation lists share (donor, fund, year): its query parameters,
 * declared once in {@link #read} and read into the handler's argument the way the API reads its contribution query,
 * and what the page shows with it (the filter as read, the funds and donors the bar offers, their names for the
 * rows). One piece, so the three lists and the pledges' CSV filter alike.
 */
@QueryParameters
record ContributionFilterBar(ContributionFilter filter) {

    static ContributionFilterBar read(@RequestParam(defaultValue = "") String donor,
            @RequestParam(defaultValue = "") String fund, @RequestParam(required = false) Integer year) {
        return new ContributionFilterBar(new ContributionFilter(donor, fund, year));
    }

    /** Adds the filter to the page with what the bar and the rows show; the filter, for the list. */
    ContributionFilter addTo(Model model, FundBook register) {
        model.addAttribute("filter", filter);
        model.addAttribute("funds", register.funds());
        model.addAttribute("donors", register.donors());
        FundingNames.addTo(model, register);
        return filter;
    }
}
