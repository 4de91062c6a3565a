package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public placemat is computed once per version of the strength data and then served from memory
 * (kernel.web.PublicAnswers): a report recorded since shows at once (the version is read from the database on every
 * read, so a write on any node counts), a signed-in reader's figures never reach an anonymous visitor, and each
 * language has its own copy.
 */
abstract class PublicPlacematTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    @Test
    void aReportRecordedAfterThePlacematWasServedShowsOnTheNextRead() throws Exception {
        String date = "2037-07-01";
        int before = total(anonymous(date));
        String pageBefore = page(date);
        assertThat(page(date)).as("served again, unchanged").isEqualTo(pageBefore);

        record("NZL", date, 7777, "PUBLIC");

        int after = total(anonymous(date));
        assertThat(after).as("New Zealand's latest public report at the headquarters is now 7,777").isNotEqualTo(before);
        assertThat(page(date)).isNotEqualTo(pageBefore).contains("%,d".formatted(after));
    }

    @Test
    void aVisitorRevalidatingAnOutdatedCopyGetsTheNewOneAndThenItsEtagHolds() throws Exception {
        String date = "2037-09-01";
        String etag = mvc.perform(get("/placemat").param("date", date)).andExpect(status().isOk()).andReturn()
                .getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/placemat").param("date", date).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());

        record("DNK", date, 555, "PUBLIC");

        String newEtag = mvc.perform(get("/placemat").param("date", date).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(newEtag).isNotEqualTo(etag);
        mvc.perform(get("/placemat").param("date", date).header(HttpHeaders.IF_NONE_MATCH, newEtag))
                .andExpect(status().isNotModified());
    }

    @Test
    void aSignedInReadersFiguresNeverReachAnAnonymousVisitor() throws Exception {
        String date = "2037-08-01";
        int publicTotal = total(anonymous(date));
        record("NOR", date, 4242, "MISSION");

        int plannersTotal = total(anonymous(date).with(user(accounts.loadUserByUsername("planner"))));
        assertThat(plannersTotal).as("the planner sees the mission's report").isNotEqualTo(publicTotal);
        assertThat(total(anonymous(date))).isEqualTo(publicTotal);
        assertThat(page(date)).doesNotContain("%,d".formatted(plannersTotal)).contains("%,d".formatted(publicTotal));
        assertThat(total(anonymous(date).with(user(accounts.loadUserByUsername("planner")))))
                .as("nor an anonymous copy a signed-in reader").isEqualTo(plannersTotal);
    }

    @Test
    void eachLanguageHasItsOwnCopy() throws Exception {
        String english = page("2021-02-01");
        String french = mvc.perform(get("/placemat").param("date", "2021-02-01")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("9,592");
        assertThat(french).doesNotContain("9,592").containsPattern("9[\\s\u00a0\u202f]+592");
        assertThat(page("2021-02-01")).isEqualTo(english);
    }

    private MockHttpServletRequestBuilder anonymous(String date) {
        return get("/api/v1/placemat").param("date", date).accept(MediaType.APPLICATION_JSON);
    }

    private int total(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) json.readValue(body, Map.class).get("totalTroops")).intValue();
    }

    private String page(String date) throws Exception {
        return mvc.perform(get("/placemat").param("date", date)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private void record(String nation, String date, int troops, String classification) throws Exception {
        mvc.perform(post("/api/v1/strength-reports").with(user(accounts.loadUserByUsername("planner"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"nation": "%s", "command": "RSHQ", "location": "KABUL", "reportDate": "%s", "troops": %d,
                         "source": "test report", "provenanceStatus": "EXACT", "classification": "%s",
                         "releasableTo": []}
                        """.formatted(nation, date, troops, classification))).andExpect(status().isCreated());
    }
}

@OnH2
class PublicPlacematOnH2Tests extends PublicPlacematTests {
}

@OnPostgres
class PublicPlacematOnPostgresTests extends PublicPlacematTests {
}
