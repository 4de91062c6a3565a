package org.resolute.funding.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.resolute.funding.Fund;
import org.resolute.funding.domain.Donor;
import org.resolute.funding.domain.FundBook;
import org.springframework.ui.Model;

/** Donors and funds by name for a page, so its rows show "United Kingdom" where the records hold GBR. */
final class FundingNames {

    private FundingNames() {
    }

    static void addTo(Model model, FundBook register) {
        model.addAttribute("donorNames", donors(register));
        Map<String, String> funds = new LinkedHashMap<>();
        for (Fund fund : register.funds()) {
            funds.put(fund.code(), fund.name());
        }
        model.addAttribute("fundNames", funds);
    }

    static Map<String, String> donors(FundBook register) {
        Map<String, String> donors = new LinkedHashMap<>();
        for (Donor donor : register.donors()) {
            donors.put(donor.code(), donor.name());
        }
        return donors;
    }
}
