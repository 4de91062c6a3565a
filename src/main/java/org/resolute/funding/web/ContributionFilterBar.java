package org.resolute.funding.web;

import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.FundBook;
import org.springframework.ui.Model;

/**
 * The filter bar that the pledge, receipt and reconciliation lists share (donor, fund, year): the filter as read,
 * the funds and donors it offers, and their names for the rows. One piece, so the three lists filter alike.
 */
final class ContributionFilterBar {

    private ContributionFilterBar() {
    }

    /** Reads the list's filter and adds it to the page with what the bar and the rows show. */
    static ContributionFilter addTo(Model model, FundBook register, String donor, String fund, Integer year) {
        ContributionFilter filter = new ContributionFilter(donor, fund, year);
        model.addAttribute("filter", filter);
        model.addAttribute("funds", register.funds());
        model.addAttribute("donors", register.donors());
        FundingNames.addTo(model, register);
        return filter;
    }
}
