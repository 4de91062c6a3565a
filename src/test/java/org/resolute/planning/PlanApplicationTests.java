package org.resolute.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import org.resolute.identity.domain.Accounts;
import org.resolute.planning.domain.Plan;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;

/**
 * Applying a plan, on both databases: the force as of the date becomes the plan's, once, by a force planner, each
 * change audited; and plans built from RESTRICTED inputs stay out of sight of viewers without that clearance.
 */
abstract class PlanApplicationTests {

    /** Far from the demo's dates and every other test's, so the shared database's figures there are ours. */
    static final String EFFECTIVE = "2041-03-01";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(String path, String username) throws Exception {
        return json.readValue(mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(), Map.class);
    }

    @SuppressWarnings("unchecked")
    String startDrawdown(int seconds) throws Exception {
        String answer = mvc.perform(post("/api/v1/plans").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "DRAWDOWN", "troopCeiling": 11000, "secondsLimit": %d, "asOf": "2020-10-31"}"""
                        .formatted(seconds)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return (String) json.readValue(answer, Map.class).get("id");
    }

    Map<String, Object> solved(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        Map<String, Object> plan = read("/api/v1/plans/" + id, "planner");
        while (!List.of("SOLVED", "FAILED").contains(plan.get("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            plan = read("/api/v1/plans/" + id, "planner");
        }
        assertThat(plan).as("plan %s", plan).containsEntry("status", "SOLVED").containsEntry("hardScore", 0);
        return plan;
    }

    org.springframework.test.web.servlet.ResultActions apply(String id, String username, String effective)
            throws Exception {
        return mvc.perform(post("/api/v1/plans/" + id + "/application").with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"effective\": \"" + effective + "\"}"));
    }

    @Test
    void applyingTheDemoDrawdownMakesTheForceAsOfTheDateThePlansOnceAndAuditsEachChange() throws Exception {
        String id = startDrawdown(4);
        int troopsAfter = (Integer) solved(id).get("troopsAfter");
        assertThat((Integer) read("/api/v1/strength/totals?date=" + EFFECTIVE, "planner").get("totalTroops"))
                .isNotEqualTo(troopsAfter);

        apply(id, "viewer", EFFECTIVE).andExpect(status().isForbidden());
        apply(id, "lead", EFFECTIVE).andExpect(status().isForbidden());
        apply(id, "planner", "2020-10-31").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("effective"));

        String applied = apply(id, "planner", EFFECTIVE).andExpect(status().isOk())
                .andExpect(jsonPath("$.plan.status").value("APPLIED"))
                .andExpect(jsonPath("$.plan.appliedBy").value("planner"))
                .andExpect(jsonPath("$.plan.appliedOn").value(EFFECTIVE))
                .andExpect(jsonPath("$.plan.appliedAt").isNotEmpty())
                .andExpect(jsonPath("$.effective").value(EFFECTIVE)).andReturn().getResponse()
                .getContentAsString();

        assertThat((Integer) read("/api/v1/strength/totals?date=" + EFFECTIVE, "planner").get("totalTroops"))
                .isEqualTo(troopsAfter);
        Map<String, Object> source = Map.of("source", "plan " + id);
        long reports = jdbc.queryForObject("SELECT COUNT(*) FROM force_strength_report WHERE source = :source",
                source, Long.class);
        assertThat(reports).isPositive();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry a WHERE a.record_type = 'StrengthReport' AND a.actor = 'planner'
                AND a.action = 'CREATED' AND a.record_id IN (
                    SELECT CAST(r.id AS VARCHAR(40)) FROM force_strength_report r WHERE r.source = :source)""",
                source, Long.class)).isEqualTo(reports);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE record_type = 'AdvisorPosition' AND actor = 'planner'
                AND after_state LIKE :basis""", Map.of("basis", "%plan " + id + "%"), Long.class))
                .as("an audited move for each position moved")
                .isEqualTo(json.readTree(applied).path("positionsMoved").asLong());
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_entry WHERE record_type = 'Plan' AND record_id = :id
                AND after_state LIKE '%APPLIED%'""", Map.of("id", id), Long.class)).isPositive();

        apply(id, "planner", "2041-04-01").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("already applied")));
        assertThat((Integer) read("/api/v1/strength/totals?date=2041-04-01", "planner").get("totalTroops"))
                .isEqualTo(troopsAfter);
    }

    @Test
    void aPlansPageListsItsTeamsTwentyAtATimeFilteredByWhatThePlanDoesWithPlacesByName() throws Exception {
        String id = startDrawdown(1);
        solved(id);

        String page = mvc.perform(get("/planning/" + id).param("show", "teams").param("outcome", "WITHDRAWN")
                        .param("page", "1").with(as("planner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String rows = page.substring(page.indexOf("id=\"assignments\""), page.indexOf("</table>",
                page.indexOf("id=\"assignments\"")));
        assertThat(rows.split("<tr>", -1)).hasSize(1 + 1 + 20);
        assertThat(rows).contains("<td>Withdrawn</td>").doesNotContain("<td>Kept on its work</td>")
                .contains(", team ").contains(" from Kabul (RS HQ)").doesNotContain("-KABUL-");
        assertThat(page).contains("<h1 class=\"h3\">Drawdown to 11,000 as of 31 Oct 2020</h1>")
                .contains("0 rules broken; coverage 89.4% → ").contains("page 2 of")
                .doesNotContain("hard/").doesNotContain("soft");
    }

    @Test
    void aPlanBuiltFromARestrictedCaveatIsHiddenFromAViewerWithoutThatClearance() throws Exception {
        String id = startDrawdown(1);

        assertThat(read("/api/v1/plans/" + id, "planner").get("marking")).asString().contains("RESTRICTED");
        mvc.perform(get("/api/v1/plans/" + id).with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/" + id + "/result").with(as("viewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/planning/" + id).with(as("viewer"))).andExpect(status().isNotFound());
        String viewers = mvc.perform(get("/api/v1/plans").param("size", "100").with(as("viewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String planners = mvc.perform(get("/api/v1/plans").param("size", "100").with(as("planner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(viewers).doesNotContain(id);
        assertThat(planners).contains(id);
        assertThat(json.readTree(viewers).path("totalItems").asLong())
                .isLessThan(json.readTree(planners).path("totalItems").asLong());
        String page = mvc.perform(get("/planning").with(as("viewer"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain(id);
    }
}

@OnH2
class PlanApplicationOnH2Tests extends PlanApplicationTests {
}

@OnPostgres
class PlanApplicationOnPostgresTests extends PlanApplicationTests {
}
