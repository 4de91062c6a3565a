package org.resolute.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.web.FormErrors;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** Meetings and decisions by role, a commitment's history, the ceiling a decision sets, reviews and the timeline. */
abstract class GovernanceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static LocalDate freshDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 21_900));
    }

    static MockHttpServletRequestBuilder decision(String title, String classification) {
        return post("/governance/decisions/new").param("kind", "DECISION").param("title", title)
                .param("text", "Test text of " + title).param("decidedOn", "2021-03-24").param("source", "S70")
                .param("status", "EXACT").param("classification", classification);
    }

    /**
     * Sends a page form as an administrator; it must be refused for the field named and sent back to the page it
     * came from. Answers the page shown then, which holds the error next to the field and what was typed.
     */
    String refused(MockHttpServletRequestBuilder form, String field) throws Exception {
        MvcResult sent = mvc.perform(form.with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        FormErrors errors = (FormErrors) sent.getFlashMap().get("errors");
        assertThat(errors.has(field)).as("refused for " + field + ", not " + errors.all().keySet()).isTrue();
        return mvc.perform(get(sent.getResponse().getRedirectedUrl()).cookie(sent.getResponse().getCookie("SESSION"))
                        .with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String idOf(String path, String q, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get(path).param("q", q).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$.items[0].id");
    }

    @Test
    void anonymousVisitorsReadPublicMeetingsAndDecisionsOnlyAndNoReviewsOrTimeline() throws Exception {
        String title = "Mission-only decision " + UUID.randomUUID();
        mvc.perform(decision(title, "MISSION").with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/meetings").param("kind", "SUMMIT").param("size", "50")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem("Brussels Summit")))
                .andExpect(jsonPath("$.items[*].classification", everyItem(is("PUBLIC"))));
        mvc.perform(get("/api/v1/decisions").param("q", title)).andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/decisions").param("q", title).with(as("viewer")))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/public/governance").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Warsaw Summit")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/public/governance")).andExpect(status().isOk());
        mvc.perform(get("/governance/decisions.csv").param("q", title).with(as("viewer")))
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/governance/decisions.csv").param("q", title)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/conditions-reviews")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/timeline")).andExpect(status().isUnauthorized());
        mvc.perform(get("/governance")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCommitmentsHistoryReadsFromBrusselsToTheOctober2020Ministerial() throws Exception {
        String id = idOf("/api/v1/decisions", "until conditions indicate a change", as("viewer"));
        mvc.perform(get("/api/v1/decisions/{id}", id).with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.meeting").value("Brussels Summit"))
                .andExpect(jsonPath("$.history.length()").value(6))
                .andExpect(jsonPath("$.history[0].decision.decidedOn").value("2018-07-12"))
                .andExpect(jsonPath("$.history[2].meeting").value("London Leaders' Meeting"))
                .andExpect(jsonPath("$.history[3].decision.decidedOn").value("2020-02-13"))
                .andExpect(jsonPath("$.history[4].decision.decidedOn").value("2020-06-18"))
                .andExpect(jsonPath("$.history[5].decision.decidedOn").value("2020-10-23"));
        String funding = idOf("/api/v1/decisions", "through 2024", as("viewer"));
        mvc.perform(get("/api/v1/decisions/{id}", funding).with(as("viewer")))
                .andExpect(jsonPath("$.history[*].meeting", hasItem("ANA Trust Fund Board plenary")))
                .andExpect(jsonPath("$.effects[0].kind").value("FUNDING_HORIZON"))
                .andExpect(jsonPath("$.effects[0].recordRef").isString());
        mvc.perform(get("/funding").with(as("fundmanager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/governance/decisions/" + funding)));
    }

    @Test
    void aDecisionSetsAFundingHorizonThroughTheFundingModuleAndBothSidesShowIt() throws Exception {
        String decision = idOf("/api/v1/decisions", "until the end of 2020", as("viewer"));
        mvc.perform(post("/governance/decisions/{id}/effects", decision).with(as("admin")).with(csrf())
                        .param("fund", "LOTFA").param("throughYear", "2031"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/decisions/{id}", decision).with(as("viewer")))
                .andExpect(jsonPath("$.effects[*].summary", hasItem("LOTFA support committed through 2031")));
        mvc.perform(get("/funding").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2031")))
                .andExpect(content().string(containsString("/governance/decisions/" + decision)));
        String page = "http://localhost/governance/decisions/" + decision;
        assertThat(refused(post("/governance/decisions/{id}/effects", decision).header("Referer", page)
                .param("fund", "NOPE").param("throughYear", "2031"), "fund"))
                .contains("id=\"error-fund\"").contains("There is no fund “NOPE”").contains("value=\"2031\"");
        assertThat(refused(post("/governance/decisions/{id}/effects", decision).header("Referer", page)
                .param("fund", "ANATF").param("throughYear", "1999"), "throughYear")).contains("value=\"1999\"");
        mvc.perform(post("/governance/decisions/{id}/effects", decision).with(as("fundmanager")).with(csrf())
                        .param("fund", "ANATF").param("throughYear", "2030"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAdministratorRecordsMeetingsAndDecisions() throws Exception {
        for (String who : new String[] {"viewer", "planner", "partnership"}) {
            mvc.perform(decision("Refused " + who, "PUBLIC").with(as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/governance/meetings").param("title", "x").with(as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        String title = "Admin's meeting " + UUID.randomUUID();
        mvc.perform(post("/governance/meetings").with(as("admin")).with(csrf()).param("kind", "DEFENCE_MINISTERIAL")
                        .param("title", title).param("startsOn", "2021-06-01").param("place", "Brussels")
                        .param("source", "test").param("status", "EXACT").param("classification", "PUBLIC"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/meetings").param("q", title)).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].endsOn").value("2021-06-01"));
        Long audited = jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Meeting' AND actor = 'admin'
                    AND module = 'governance'""", Map.of(), Long.class);
        assertThat(audited).isPositive();
    }

    @Test
    void aDecisionThatSetsACeilingRecordsItInTheMissionWhichNamesTheDecision() throws Exception {
        LocalDate from = freshDay();
        String title = "Reduce to 7,654 " + from;
        mvc.perform(decision(title, "PUBLIC").param("ceilingTroops", "7654").param("ceilingFrom", from.toString())
                .with(as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        String id = idOf("/api/v1/decisions", title, as("viewer"));
        mvc.perform(get("/api/v1/ceilings").param("kind", "MISSION").param("inForceOn", from.toString())
                        .with(as("viewer")))
                .andExpect(jsonPath("$.items[0].troops").value(7654))
                .andExpect(jsonPath("$.items[0].decisionRef").value("/governance/decisions/" + id))
                .andExpect(jsonPath("$.items[0].basis", startsWith(title)));
        mvc.perform(get("/mission/ceilings").param("inForceOn", from.toString()).with(as("viewer")))
                .andExpect(content().string(containsString("href=\"/governance/decisions/" + id + "\"")));
        mvc.perform(get("/api/v1/decisions/{id}", id).with(as("viewer")))
                .andExpect(jsonPath("$.effects[0].kind").value("TROOP_CEILING"))
                .andExpect(jsonPath("$.effects[0].summary", containsString("7,654 troops from " + from)));
        mvc.perform(get("/api/v1/timeline").param("kind", "CEILING", "DECISION").param("from", from.minusDays(1)
                        .toString()).param("until", from.toString()).with(as("viewer")))
                .andExpect(jsonPath("$[*].title", hasItem("Mission ceiling of 7,654 troops")));
    }

    @Test
    void aRefusedMeetingGoesBackToTheListAsItWasFilteredWithTheInputKeptAndTheErrorByItsField() throws Exception {
        MockHttpServletRequestBuilder meeting = post("/governance/meetings")
                .header("Referer", "http://localhost/governance?kind=SUMMIT&from=2018-01-01").param("kind", "SUMMIT")
                .param("title", "Refused summit").param("startsOn", "2018-07-12").param("endsOn", "2018-07-11")
                .param("place", "Brussels").param("source", "S1").param("status", "EXACT")
                .param("classification", "PUBLIC");
        mvc.perform(meeting.with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/governance?kind=SUMMIT&from=2018-01-01"));
        assertThat(refused(meeting, "endsOn")).contains("id=\"error-endsOn\"")
                .contains("The last day (2018-07-11) comes before the first (2018-07-12)")
                .contains("value=\"Refused summit\"").contains("value=\"2018-01-01\"");
        mvc.perform(get("/api/v1/meetings").param("q", "Refused summit").with(as("admin")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void aRefusedCeilingLeavesNoDecisionBehindAndARestrictedDecisionSetsNone() throws Exception {
        LocalDate from = freshDay();
        String title = "Bad ceiling " + from;
        assertThat(refused(decision(title, "PUBLIC").param("ceilingTroops", "0").param("ceilingFrom", from.toString()),
                "troops")).contains("greater than 0").contains("value=\"" + title + "\"");
        mvc.perform(get("/api/v1/decisions").param("q", title).with(as("admin")))
                .andExpect(jsonPath("$.totalItems").value(0));
        assertThat(refused(decision("Secret ceiling " + from, "RESTRICTED").param("ceilingTroops", "5000")
                .param("ceilingFrom", from.toString()), "classification"))
                .contains("a decision that sets one must be public").contains("value=\"5000\"");
        assertThat(refused(post("/governance/decisions/new").param("kind", "REAFFIRMATION").param("title", "x")
                .param("text", "x").param("decidedOn", "2021-01-01").param("source", "x").param("status", "EXACT"),
                "reaffirms")).contains("Name the commitment this reaffirms");
        assertThat(refused(decision("Unreadable ceiling " + from, "PUBLIC").param("ceilingTroops", "abc"),
                "ceilingTroops")).contains("Enter a whole number").contains("value=\"abc\"");
    }

    @Test
    void aConditionsReviewRecordsStrengthAgainstTheCeilingComputedOnItsDay() throws Exception {
        mvc.perform(get("/api/v1/conditions-reviews").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title",
                        hasItem("Conditions review for the October 2020 defence ministers")));
        String title = "Review " + UUID.randomUUID();
        mvc.perform(post("/governance/reviews").with(as("admin")).with(csrf()).param("reviewedOn", "2020-06-01")
                        .param("title", title).param("assessment", "Conditions not met").param("withStrength", "true")
                        .param("indicators[0].kind", "PEACE_PROCESS").param("indicators[0].name", "Talks")
                        .param("indicators[0].value", "Under way").param("indicators[0].source", "S67")
                        .param("indicators[0].status", "EXACT").param("source", "test").param("status", "EXACT")
                        .param("classification", "MISSION"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/governance/reviews").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("of 16,000 troops")));
        mvc.perform(post("/governance/reviews").with(as("viewer")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTimelineRunsFromLisbonAndFiltersByKindAndPeriod() throws Exception {
        mvc.perform(get("/api/v1/timeline").param("from", "2010-01-01").param("until", "2010-12-31")
                        .with(as("viewer")))
                .andExpect(jsonPath("$[0].date").value("2010-11-19"))
                .andExpect(jsonPath("$[*].title", hasItem("Lisbon Summit")))
                .andExpect(jsonPath("$[*].title", hasItem("NATO-Afghanistan Enduring Partnership set up")));
        mvc.perform(get("/api/v1/timeline").param("kind", "PARTNERSHIP").with(as("viewer")))
                .andExpect(jsonPath("$[*].kind", everyItem(is("PARTNERSHIP"))));
        mvc.perform(get("/governance/timeline").param("kind", "MEETING", "STRENGTH").param("from", "2014-01-01")
                        .with(as("viewer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("troops reported from")))
                .andExpect(content().string(not(containsString("Lisbon Summit"))));
        mvc.perform(get("/governance/timeline").param("from", "last year").with(as("viewer")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aListWithAFilterThatDoesNotReadAnswers400NamingItAndShowsTheWholeList() throws Exception {
        for (String path : new String[] {"/governance", "/governance/decisions"}) {
            mvc.perform(get(path).param("from", "last year").with(as("viewer")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("The filter could not be used")))
                    .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")))
                    .andExpect(content().string(containsString("last year")))
                    .andExpect(content().string(containsString(" in all")));
        }
    }

    @Test
    void aKindThatIsNeitherAMeetingsNorADecisionsIsRefusedOnKindByBothLists() throws Exception {
        for (String path : new String[] {"/api/v1/meetings", "/api/v1/decisions"}) {
            mvc.perform(get(path).param("kind", "PICNIC").with(as("viewer")))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
            mvc.perform(get(path).param("kind", "SUMMIT").with(as("viewer"))).andExpect(status().isOk());
            mvc.perform(get(path).param("kind", "DECISION").with(as("viewer"))).andExpect(status().isOk());
        }
    }

    @Test
    void anAdministratorRecordsALaterInstrumentThatJoinsTheRegisterAndTheMissionRecord() throws Exception {
        String title = "UNSCR test " + System.nanoTime();
        mvc.perform(post("/governance/legal").with(as("admin")).with(csrf()).param("kind", "UNSCR")
                        .param("title", title).param("parties", "UN Security Council").param("adoptedOn", "2021-09-17")
                        .param("provisions", "welcomes the mission's transition\r\nrenews the mandate").param("source",
                                "test citation"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/governance/legal").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("renews the mandate")))
                .andExpect(content().string(not(containsString("Record a later instrument"))));
        mvc.perform(get("/api/v1/mission").with(as("viewer")))
                .andExpect(jsonPath("$.legalInstruments[*].title", hasItem(title)));

        assertThat(refused(post("/governance/legal").param("kind", "SOFA").param("title", title + " amended")
                .param("parties", "NATO; Afghanistan").param("signedOn", "2021-01-10").param("ratifiedOn", "2021-01-01")
                .param("provisions", "x").param("source", "s"), "ratifiedOn"))
                .contains("The day of ratification, 2021-01-01, comes before the day of signature, 2021-01-10")
                .contains("value=\"" + title + " amended\"");
        mvc.perform(post("/governance/legal").with(as("viewer")).with(csrf()).param("title", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/governance/legal").with(as("viewer")))
                .andExpect(content().string(not(containsString(title + " amended"))));
    }

    @Test
    void theInstrumentApiIsForAdministratorsAndNamesTheBadField() throws Exception {
        String body = """
                {"mission": "RSM", "kind": "OTHER", "title": "Exchange of letters %s", "parties": "NATO; host",
                 "signedOn": "2020-03-01", "provisions": ["sets the drawdown's terms"], "source": "test"}
                """;
        mvc.perform(post("/api/v1/mission/instruments").with(as("admin")).with(csrf())
                        .contentType("application/json").content(body.formatted(System.nanoTime())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.provenance.source").value("test"));
        mvc.perform(post("/api/v1/mission/instruments").with(as("planner")).with(csrf())
                        .contentType("application/json").content(body.formatted("x")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/mission/instruments").with(as("admin")).with(csrf())
                        .contentType("application/json").content(body.formatted("y").replace(
                                "[\"sets the drawdown's terms\"]", "[]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("provisions"));
        mvc.perform(post("/api/v1/mission/instruments").with(as("admin")).with(csrf())
                        .contentType("application/json").content(body.formatted("z").replace("\"RSM\"", "\"NONE\"")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLegalRegisterShowsTheMissionsInstrumentsWithTheirDates() throws Exception {
        mvc.perform(get("/governance/legal").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("NATO-Afghanistan Status of Forces Agreement")))
                .andExpect(content().string(containsString("27 Nov 2014")))
                .andExpect(content().string(containsString("UN Security Council Resolution 2189 (2014)")));
        for (String page : new String[] {"/governance", "/governance/decisions", "/governance/reviews"}) {
            mvc.perform(get(page).with(as("viewer"))).andExpect(status().isOk());
        }
    }
}

@OnH2
class GovernanceOnH2Tests extends GovernanceTests {
}

@OnPostgres
class GovernanceOnPostgresTests extends GovernanceTests {
}
