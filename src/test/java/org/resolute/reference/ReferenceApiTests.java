package org.resolute.reference;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The reference API and pages, as a signed-in viewer and an anonymous caller see them. */
abstract class ReferenceApiTests {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder asViewer(String url) {
        return get(url).with(user("viewer").roles("VIEWER"));
    }

    @Test
    void listsNationsAsOnePageOfTheKernelShape() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?size=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalItems").value(249))
                .andExpect(jsonPath("$.items[0].code").value("AFG"))
                .andExpect(jsonPath("$.items[0].name").value("Afghanistan"))
                .andExpect(jsonPath("$.items[0].status").value(nullValue()));
    }

    @Test
    void filtersAlliesOnADateAndGivesEachItsProvenance() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?status=ALLY&date=2020-11-01&size=50&sort=since,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(30))
                .andExpect(jsonPath("$.items[*].status", everyItem(is("ALLY"))))
                .andExpect(jsonPath("$.items[0].code").value("MKD"))
                .andExpect(jsonPath("$.items[0].membership.since").value("2020-03-27"))
                .andExpect(jsonPath("$.items[0].membership.source").value("S72"))
                .andExpect(jsonPath("$.items[0].membership.provenanceStatus").value("EXACT"))
                .andExpect(jsonPath("$.items[0].membership.toVerify").value(true))
                .andExpect(jsonPath("$.items[*].code", hasItem("FRA")));
    }

    @Test
    void filtersPartnersAndSearchesByName() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?status=OPERATIONAL_PARTNER&date=2019-06-01&q=maced"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].code").value("MKD"))
                .andExpect(jsonPath("$.items[0].membership.until").value("2020-03-27"));
    }

    @Test
    void pagesThroughTheList() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?status=ALLY&date=2020-11-01&size=20&page=1&sort=code"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[9].code").value("USA"));
    }

    @Test
    void answersANationsHistoryAnd404ForAnUnknownCode() throws Exception {
        mvc.perform(asViewer("/api/v1/nations/FIN"))
                .andExpect(jsonPath("$.name").value("Finland"))
                .andExpect(jsonPath("$.memberships[0].kind").value("OPERATIONAL_PARTNER"))
                .andExpect(jsonPath("$.memberships[1].kind").value("ALLY"))
                .andExpect(jsonPath("$.memberships[1].since").value("2023-04-04"))
                .andExpect(jsonPath("$.memberships[1].source").value("public record"));
        mvc.perform(asViewer("/api/v1/nations/QQQ"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnUnknownSortFieldABadDateAndABadStatusNamingTheField() throws Exception {
        mvc.perform(asViewer("/api/v1/nations?sort=bogus"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("sort"))
                .andExpect(jsonPath("$.detail", containsString("code, name, status, since")));
        mvc.perform(asViewer("/api/v1/nations?date=notadate"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(asViewer("/api/v1/nations?status=FRIEND"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
        mvc.perform(asViewer("/api/v1/currencies?sort=bogus"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void listsCurrenciesAndSources() throws Exception {
        mvc.perform(asViewer("/api/v1/currencies?q=afn"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].code").value("AFN"))
                .andExpect(jsonPath("$.items[0].minorUnits").value(2));
        mvc.perform(asViewer("/api/v1/sources?q=S72"))
                .andExpect(jsonPath("$.items[0].id").value("S72"))
                .andExpect(jsonPath("$.items[0].kind").value("code repo"));
    }

    @Test
    void refusesAnAnonymousCallerWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/nations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void downloadsTheFilteredListAsCsv() throws Exception {
        mvc.perform(asViewer("/reference/nations.csv?status=OPERATIONAL_PARTNER&date=2020-11-01&sort=code"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString(
                        "code,alpha2,name,date,status,since,until,source,provenance_status,status_note\r\n"
                                + "ARM,AM,Armenia,2020-11-01,Operational partner,2015-01-01,,S72,exact,"
                                + "partner status from public record - verify\r\n")))
                .andExpect(content().string(containsString("BIH,BA,Bosnia & Herzegovina,")));
        mvc.perform(asViewer("/reference/nations.csv?date=notadate"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("date 'notadate' must be a date written YYYY-MM-DD")));
    }

    @Test
    void showsThePagesToASignedInViewer() throws Exception {
        mvc.perform(asViewer("/reference/nations?status=ALLY&date=2020-06-01&q=north"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("North Macedonia")))
                .andExpect(content().string(containsString("27 Mar 2020")));
        mvc.perform(asViewer("/reference/nations?date=notadate"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("must be a date written YYYY-MM-DD")));
        mvc.perform(asViewer("/reference/nations/MKD"))
                .andExpect(content().string(containsString("operational partner until accession 27 Mar 2020")));
        mvc.perform(asViewer("/reference/contributors")).andExpect(content().string(containsString("Mongolia")));
        mvc.perform(asViewer("/reference/currencies?q=euro")).andExpect(content().string(containsString("EUR")));
        mvc.perform(asViewer("/reference/sources?q=S72")).andExpect(content().string(containsString("ANET")));
    }
}

@OnH2
@AutoConfigureMockMvc
class ReferenceApiOnH2Tests extends ReferenceApiTests {
}

@OnPostgres
@AutoConfigureMockMvc
class ReferenceApiOnPostgresTests extends ReferenceApiTests {
}
