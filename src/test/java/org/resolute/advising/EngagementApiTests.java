package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.advising.domain.Engagement;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Engagement reports through the API on both databases: workflow, refusals, provisional names, assessments. */
abstract class EngagementApiTests {

    static final LocalDate HELD = LocalDate.of(2024, 3, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    String create(String username, String body) throws Exception {
        MockHttpServletResponse answer = mvc.perform(post("/api/v1/engagements").with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse();
        String id = (String) json.readValue(answer.getContentAsString(), Map.class).get("id");
        assertThat(answer.getHeader("Location")).isEqualTo("/api/v1/engagements/" + id);
        return id;
    }

    ResultActions step(String username, String id, String step, String body) throws Exception {
        return mvc.perform(post("/api/v1/engagements/" + id + "/" + step).with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body));
    }

    @Test
    void anAdvisorSubmitsALeadReturnsItWithACommentAndApprovesTheFixedReport() throws Exception {
        String title = EngagementMother.uniqueTitle("Fuel accountability");
        String id = create("advisor", EngagementMother.json(title, HELD, "209-CORPS", "EF5", "MISSION",
                "Chief of staff, 209th Corps"));
        mvc.perform(get("/api/v1/engagements/" + id).with(as("advisor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.author").value("advisor"));
        step("advisor", id, "submit", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        step("advisor", id, "approve", null).andExpect(status().isForbidden());
        step("lead", id, "return", "{\"comment\": \"\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("comment"));
        step("lead", id, "return", "{\"comment\": \"name the fuel figures\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.statusNote").value("name the fuel figures"));
        String etag = mvc.perform(get("/api/v1/engagements/" + id).with(as("advisor"))).andReturn().getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/engagements/" + id).with(as("advisor")).with(csrf()).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(EngagementMother.json(title + " (figures)",
                                HELD, "209-CORPS", "EF5", "MISSION", "Chief of staff, 209th Corps")))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/engagements/" + id).with(as("advisor")).with(csrf()).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content(EngagementMother.json(title + " (figures)",
                                HELD, "209-CORPS", "EF5", "MISSION", "Chief of staff, 209th Corps")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title + " (figures)"));
        step("advisor", id, "submit", null).andExpect(status().isOk());
        step("lead", id, "approve", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("lead"));
        step("lead", id, "approve", null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only a submitted report can be approved; this one is APPROVED"));
        step("advisor", id, "cancel", "{\"reason\": \"late\"}").andExpect(status().isConflict());
        mvc.perform(get("/api/v1/advising/rollup").param("date", HELD.toString()).with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commands[*].engagements[*].title", hasItem(title + " (figures)")));
    }

    @Test
    void theAdvisingPagesRenderForTheirReaders() throws Exception {
        for (String path : new String[] {"/advising/engagements/new", "/advising/engagements", "/advising/coverage",
            "/advising/rollup", "/advising/assessments?institution=MOD&area=EF1", "/advising/institutions",
            "/advising/provisional"}) {
            mvc.perform(get(path).with(as("advisor"))).andExpect(status().isOk());
        }
        mvc.perform(get("/advising/engagements/new").with(as("viewer"))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedNamingTheField() throws Exception {
        String good = EngagementMother.json("t", HELD, "209-CORPS", "EF5", "MISSION", "x");
        for (String[] change : new String[][] {{"\"title\": \"t\"", "\"title\": \"\"", "title"},
            {"\"institution\": \"209-CORPS\"", "\"institution\": \"999-CORPS\"", "institution"},
            {"\"areas\": [\"EF5\"]", "\"areas\": [\"EF9\"]", "areas"},
            {"\"advisorNation\": \"DEU\"", "\"advisorNation\": \"XXX\"", "advisorNation"},
            {"\"classification\": \"MISSION\"", "\"classification\": \"SECRET\"", "classification"},
            {"\"date\": \"" + HELD + "\"", "\"date\": \"2999-01-01\"", "date"}}) {
            mvc.perform(post("/api/v1/engagements").with(as("advisor")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(good.replace(change[0], change[1])))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(change[2]));
        }
        mvc.perform(post("/api/v1/engagements").with(as("advisor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(good.replace("\"classification\": \"MISSION\"", "\"classification\": \"RESTRICTED\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("classification"));
        mvc.perform(post("/api/v1/engagements").with(as("viewer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(good)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/engagements").param("status", "LOST").with(as("viewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void aPlannedEngagementWhoseDateHasPassedIsDue() throws Exception {
        String title = EngagementMother.uniqueTitle("Planned review");
        String body = EngagementMother.json(title, HELD, "MOD", "EF1", "MISSION", "x")
                .replace("\"held\": true", "\"held\": false");
        String id = create("advisor", body);
        mvc.perform(get("/api/v1/engagements").param("text", title).param("status", "DUE").with(as("advisor")))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].status").value("PLANNED")).andExpect(jsonPath("$.items[0].due").value(true));
    }

    @Test
    void aNewCounterpartIsProvisionalUntilALeadMergesItIntoAKnownOne() throws Exception {
        String newcomer = EngagementMother.uniqueTitle("Colonel");
        String title = EngagementMother.uniqueTitle("Personnel review");
        String id = create("advisor", EngagementMother.json(title, HELD, "209-CORPS", "SF-PERS", "MISSION", newcomer));
        String entries = mvc.perform(get("/api/v1/advising/provisional").with(as("lead")))
                .andExpect(jsonPath("$[*].name", hasItem(newcomer))).andReturn().getResponse().getContentAsString();
        String provisional = json.readTree(entries).valueStream().filter(entry -> entry.get("name").asString()
                .equals(newcomer)).findFirst().orElseThrow().get("id").asString();
        String known = json.readTree(mvc.perform(get("/api/v1/advising/known").param("kind", "COUNTERPART")
                .with(as("lead"))).andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        String knownName = json.readTree(mvc.perform(get("/api/v1/advising/known").param("kind", "COUNTERPART")
                .with(as("lead"))).andReturn().getResponse().getContentAsString()).get(0).get("name").asString();
        mvc.perform(post("/api/v1/advising/provisional/" + provisional + "/merge").with(as("advisor")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"" + known + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/advising/provisional/" + provisional + "/merge").with(as("lead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"into\": \"" + known + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/engagements/" + id).with(as("advisor")))
                .andExpect(jsonPath("$.counterparts[0]").value(knownName));
        mvc.perform(get("/api/v1/advising/provisional").with(as("lead")))
                .andExpect(jsonPath("$[*].name", not(hasItem(newcomer))));
    }

    @Test
    void anAssessmentNeedsApprovedEvidenceAndItsHistoryShowsTheTrend() throws Exception {
        String institution = "205-CORPS";
        String area = "EF7";
        mvc.perform(post("/api/v1/advising/assessments").with(as("lead")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"institution": "205-CORPS", "area": "EF7", "rating": 2, "assessedOn": "2024-03-20",
                                 "rationale": "no evidence yet", "evidence": []}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("evidence"));
        String id = create("advisor", EngagementMother.json(EngagementMother.uniqueTitle("Intel fusion"), HELD,
                institution, area, "MISSION", "x").replace("TAAC-N", "TAAC-S"));
        String unapproved = """
                {"institution": "205-CORPS", "area": "EF7", "rating": 2, "assessedOn": "2024-03-20",
                 "rationale": "fusion cell stood up", "evidence": ["%s"]}""".formatted(id);
        mvc.perform(post("/api/v1/advising/assessments").with(as("lead")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(unapproved))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("evidence"));
        step("advisor", id, "submit", null).andExpect(status().isOk());
        step("lead", id, "approve", null).andExpect(status().isOk());
        int before = json.readTree(mvc.perform(get("/api/v1/advising/assessments/history")
                .param("institution", institution).param("area", area).with(as("lead"))).andReturn().getResponse()
                .getContentAsString()).get("assessments").size();
        for (int rating : new int[] {2, 4}) {
            mvc.perform(post("/api/v1/advising/assessments").with(as("lead")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(unapproved.replace("\"rating\": 2",
                                    "\"rating\": " + rating).replace("2024-03-20", rating == 2 ? "2024-03-20" : "2024-03-21")))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.evidence[0]").value(id));
        }
        mvc.perform(get("/api/v1/advising/assessments/history").param("institution", institution).param("area", area)
                        .with(as("advisor")))
                .andExpect(jsonPath("$.assessments.length()").value(before + 2))
                .andExpect(jsonPath("$.trend").value("IMPROVING"));
        String coverage = mvc.perform(get("/api/v1/advising/coverage").param("asOf", "2024-03-31").param("days", "30")
                .with(as("viewer"))).andReturn().getResponse().getContentAsString();
        var cell = json.readTree(coverage).get("cells").valueStream().filter(c -> c.get("institution").asString()
                .equals(institution) && c.get("area").asString().equals(area)).findFirst().orElseThrow();
        assertThat(cell.get("latestRating").asInt()).isEqualTo(4);
        assertThat(cell.get("recentEngagements").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(cell.get("location").asString()).isEqualTo("KANDAHAR");
    }

    @Test
    void theDemoDataHoldsThousandsOfIllustrativeEngagementsAcrossTheCommands() throws Exception {
        mvc.perform(get("/api/v1/engagements").param("from", "2019-01-01").param("to", "2021-12-31")
                        .param("size", "1").with(as("lead")))
                .andExpect(jsonPath("$.totalExact").value(false))
                .andExpect(jsonPath("$.items[0].provenance.status").value("ILLUSTRATIVE"));
        String export = mvc.perform(get("/api/v1/engagements/export").param("from", "2019-01-01")
                .param("to", "2021-12-31").with(as("lead"))).andReturn().getResponse().getContentAsString();
        assertThat(export.lines().skip(1).filter(line -> line.contains("ILLUSTRATIVE")))
                .hasSize(AdvisingDemoCount.EXPECTED);
        mvc.perform(get("/api/v1/engagements").param("marking", "RESTRICTED").param("to", "2021-12-31")
                .param("size", "1").with(as("lead"))).andExpect(jsonPath("$.totalItems").value(
                        org.hamcrest.Matchers.greaterThan(100)));
        mvc.perform(get("/api/v1/engagements").param("command", "TF-SW").param("to", "2021-12-31").param("size", "1")
                .with(as("lead"))).andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(50)));
    }
}

@OnH2
class EngagementApiOnH2Tests extends EngagementApiTests {
}

@OnPostgres
class EngagementApiOnPostgresTests extends EngagementApiTests {
}

/** How many illustrative engagements the demo generates. */
final class AdvisingDemoCount {

    static final int EXPECTED = 3000;

    private AdvisingDemoCount() {
    }
}
