package org.resolute.kernel.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The parameters many endpoints take are read the one way on each. A page: the defaults, a bad number refused naming
 * it, a sort only where a list may be sorted. A filter: a value that does not convert is refused naming its
 * parameter, a day that does not read likewise, and the same filter gives a list and its export the same rows.
 */
abstract class ApiParametersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private MockHttpServletRequestBuilder as(String username, String url) {
        return get(url).with(user(accounts.loadUserByUsername(username)));
    }

    @Test
    void anAbsentOrEmptyPageOrSizeTakesTheFirstPageOfTwenty() throws Exception {
        mvc.perform(as("viewer", "/api/v1/nations")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.items.length()").value(20));
        mvc.perform(as("viewer", "/api/v1/nations?page=&size=")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(20));
    }

    @Test
    void thePageAndSizeAskedForAreAnswered() throws Exception {
        mvc.perform(as("viewer", "/api/v1/nations?page=2&size=7")).andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2)).andExpect(jsonPath("$.size").value(7))
                .andExpect(jsonPath("$.items.length()").value(7));
    }

    @Test
    void aPageThatIsNoNumberIsRefusedNamingIt() throws Exception {
        mvc.perform(as("viewer", "/api/v1/nations?page=abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"))
                .andExpect(jsonPath("$.detail").value("'abc' is not a valid value for page"));
        mvc.perform(as("viewer", "/api/v1/commands?size=many")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingIt() throws Exception {
        mvc.perform(as("viewer", "/api/v1/sources?size=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("size"));
        mvc.perform(as("viewer", "/api/v1/nations?page=-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("page"));
    }

    @Test
    void aSortIsReadOnlyByAListThatMayBeSorted() throws Exception {
        mvc.perform(as("viewer", "/api/v1/nations?sort=code,sideways")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
        mvc.perform(as("viewer", "/api/v1/commands?sort=code,sideways")).andExpect(status().isOk());
    }

    @Test
    void aYearThatIsNoNumberIsRefusedNamingItOnEveryListOfContributions() throws Exception {
        for (String path : List.of("/api/v1/pledges", "/api/v1/receipts", "/api/v1/reconciliation")) {
            mvc.perform(as("admin", path + "?year=abc")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("year"))
                    .andExpect(jsonPath("$.detail").value("'abc' is not a valid value for year"));
        }
    }

    @Test
    void aYearWithoutContributionsGivesEmptyListsOfContributions() throws Exception {
        mvc.perform(as("admin", "/api/v1/pledges?year=1901")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(as("admin", "/api/v1/receipts?year=1901&donor=&fund=")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(as("admin", "/api/v1/reconciliation?year=1901")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aDayThatDoesNotReadIsRefusedNamingItOnMeetingsAndDecisions() throws Exception {
        for (String path : List.of("/api/v1/meetings", "/api/v1/decisions")) {
            mvc.perform(as("admin", path + "?until=2024-02-30")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("until"));
        }
    }

    @Test
    void aDayThatDoesNotReadIsRefusedNamingItOnEngagementsAndStrengthReportsAndTheirExports() throws Exception {
        for (String path : List.of("/api/v1/engagements", "/api/v1/engagements/export",
                "/api/v1/strength-reports", "/api/v1/strength-reports/export")) {
            mvc.perform(as("admin", path + "?from=yesterday")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("from"));
        }
    }

    @Test
    void aListAndItsExportAnswerTheSameFilter() throws Exception {
        String to = "?to=1990-01-01";
        mvc.perform(as("admin", "/api/v1/strength-reports" + to)).andExpect(jsonPath("$.totalItems").value(0));
        assertThat(mvc.perform(as("admin", "/api/v1/strength-reports/export" + to)).andReturn().getResponse()
                .getContentAsString().strip().lines()).hasSize(1);
        String since = "?from=2000-01-01&size=500";
        int listed = Integer.parseInt(mvc.perform(as("admin", "/api/v1/strength-reports" + since)).andReturn()
                .getResponse().getContentAsString().replaceAll("(?s).*\"totalItems\":(\\d+).*", "$1"));
        assertThat(listed).isBetween(1, 500);
        assertThat(mvc.perform(as("admin", "/api/v1/strength-reports/export" + since)).andReturn().getResponse()
                .getContentAsString().strip().lines()).hasSize(listed + 1);
    }

    @Test
    void theDayOfAReadAsOfADayIsRequiredAndMustRead() throws Exception {
        for (String path : List.of("/api/v1/advising/rollup", "/api/v1/strength/totals")) {
            mvc.perform(as("admin", path + "?date=")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("date"))
                    .andExpect(jsonPath("$.detail").value("date is missing"));
            mvc.perform(as("admin", path + "?date=2024-02-30")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("date"));
            mvc.perform(as("admin", path)).andExpect(status().isBadRequest());
            mvc.perform(as("admin", path + "?date=2024-06-30")).andExpect(status().isOk());
        }
    }

    @Test
    void aFigureAsOfADayIsOfTodayWithoutOneAndRefusesADayThatDoesNotRead() throws Exception {
        for (String path : List.of("/api/v1/public/funds", "/api/v1/funds/ANATF/status",
                "/api/v1/funds/ANATF/iati")) {
            mvc.perform(as("admin", path)).andExpect(status().isOk());
            mvc.perform(as("admin", path + "?asOf=2024-06-30")).andExpect(status().isOk());
            mvc.perform(as("admin", path + "?asOf=30/06/2024")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("asOf"));
        }
    }
}
