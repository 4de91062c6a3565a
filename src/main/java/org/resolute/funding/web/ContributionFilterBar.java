package org.resolute.funding.web;

import org.resolute.funding.api.ContributionQuery;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.springframework.ui.Model;

/**
 * The filter bar that the pledge, receipt and reconciliation lists share (donor, fund, year, read as the API reads
 * them, {@link ContributionQuery}) and what the page shows with it: the filter as read, the funds and donors the bar
 * offers, their names for the rows. One piece, so the three lists and the pledges' CSV filter alike.
 */
final class ContributionFilterBar {

    private ContributionFilterBar() {
    }

    /** Adds the filter to the page with what the bar and the rows show; the filter, for the list. */
    static ContributionFilter addTo(ContributionQuery query, Model model, FundBook register) {
        model.addAttribute("filter", query.filter());
        model.addAttribute("funds", register.funds());
        model.addAttribute("donors", register.donors());
        FundingNames.addTo(model, register);
        return query.filter();
    }
}
