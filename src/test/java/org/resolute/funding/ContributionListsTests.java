package org.resolute.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.ContributionFilter;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Receipt;
import org.resolute.funding.domain.ReconciliationLine;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.PageResult;
import org.resolute.kernel.web.FormErrors;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pledge, receipt and reconciliation lists and the pledges' CSV read their donor, fund and year alike (one
 * filter bar), and a year that is no whole number gets the 400 page naming the year, as a link with a bad value does.
 */
abstract class ContributionListsTests {

    private static final ContributionFilter UK_ANATF_2021 = new ContributionFilter("GBR", "ANATF", 2021);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void theThreeListsShowTheDonorFundAndYearAskedAndOnlyTheirRows() throws Exception {
        PageResult<Pledge> pledged = result("/funding/pledges");
        PageResult<Receipt> received = result("/funding/receipts");
        PageResult<ReconciliationLine> reconciled = result("/funding/reconciliation");

        assertThat(pledged.items()).isNotEmpty().allSatisfy(pledge -> {
            assertThat(pledge.donor()).isEqualTo("GBR");
            assertThat(pledge.fund()).isEqualTo("ANATF");
            assertThat(pledge.firstYear()).isLessThanOrEqualTo(2021);
            assertThat(pledge.lastYear()).isGreaterThanOrEqualTo(2021);
        });
        assertThat(received.items()).allSatisfy(receipt -> assertThat(List.of(receipt.donor(), receipt.fund(),
                receipt.pledgeYear())).containsExactly("GBR", "ANATF", 2021));
        assertThat(reconciled.items()).isNotEmpty().allSatisfy(line -> assertThat(List.of(line.donor(),
                line.fund(), line.year())).containsExactly("GBR", "ANATF", 2021));
    }

    @Test
    void thePledgesCsvHoldsTheRowsOfTheFilterAsked() throws Exception {
        String csv = mvc.perform(get("/funding/pledges.csv").param("donor", "gbr").param("fund", "anatf")
                .param("year", "2021").with(fundManager())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<String> rows = csv.lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.split(",")[1] + "," + row.split(",")[2])
                .isEqualTo("GBR,ANATF"));
    }

    @Test
    void aYearThatIsNoWholeNumberGetsThe400PageNamingTheYear() throws Exception {
        for (String list : List.of("/funding/pledges", "/funding/receipts", "/funding/reconciliation",
                "/funding/pledges.csv")) {
            ModelAndView answer = mvc.perform(get(list).param("year", "twenty").with(fundManager()))
                    .andExpect(status().isBadRequest()).andExpect(view().name("error"))
                    .andReturn().getModelAndView();

            assertThat(((FormErrors) answer.getModel().get("errors")).message("year").getCodes()).as(list)
                    .containsExactly("error.wholeNumber");
        }
    }

    @SuppressWarnings("unchecked")
    private <T> PageResult<T> result(String list) throws Exception {
        ModelAndView answer = mvc.perform(get(list).param("donor", "gbr").param("fund", "anatf")
                .param("year", "2021").with(fundManager())).andExpect(status().isOk())
                .andExpect(model().attribute("filter", UK_ANATF_2021)).andReturn().getModelAndView();
        return (PageResult<T>) answer.getModel().get("result");
    }

    private RequestPostProcessor fundManager() {
        return user(accounts.loadUserByUsername("fundmanager"));
    }
}

@OnH2
class ContributionListsOnH2Tests extends ContributionListsTests {
}

@OnPostgres
class ContributionListsOnPostgresTests extends ContributionListsTests {
}
