package org.resolute.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import org.resolute.identity.domain.Accounts;
import org.resolute.planning.domain.Plans;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;

/** Plans as jobs through the API, on both databases: queued, solved one at a time, stopped, explained. */
abstract class PlansApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> start(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/plans").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("QUEUED")).andReturn().getResponse().getContentAsString();
        return json.readValue(answer, Map.class);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> plan(Object id) throws Exception {
        return json.readValue(mvc.perform(get("/api/v1/plans/" + id).with(as("auditor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), Map.class);
    }

    Map<String, Object> awaitStatus(Object id, List<String> statuses) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        Map<String, Object> plan = plan(id);
        while (!statuses.contains(plan.get("status")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            plan = plan(id);
        }
        assertThat(plan.get("status")).as("plan %s", plan).isIn(statuses.toArray());
        return plan;
    }

    @Test
    void aDrawdownToElevenThousandFromTheDemoPostureIsSolvedFeasibleAndExplained() throws Exception {
        Map<String, Object> queued = start("""
                {"kind": "DRAWDOWN", "troopCeiling": 11000, "secondsLimit": 4, "asOf": "2020-10-31"}""");

        Map<String, Object> solved = awaitStatus(queued.get("id"), List.of("SOLVED", "FAILED"));

        assertThat(solved).containsEntry("status", "SOLVED").containsEntry("kind", "DRAWDOWN")
                .containsEntry("hardScore", 0).containsEntry("illustrative", true);
        assertThat((Integer) solved.get("troopsBefore")).isGreaterThan(15_000);
        assertThat((Integer) solved.get("troopsAfter")).isLessThanOrEqualTo(11_000).isGreaterThan(5_000);
        assertThat((Integer) solved.get("withdrawn")).isPositive();
        assertThat((Integer) solved.get("elapsedMs")).isPositive();
        mvc.perform(get("/api/v1/plans/" + queued.get("id") + "/result").with(as("auditor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.violations").isEmpty())
                .andExpect(jsonPath("$.assignments[0].reasons").isNotEmpty())
                .andExpect(jsonPath("$.unmet[0].reasons").isNotEmpty());
    }

    @Test
    void plansAreSolvedOneAtATimeAndAStoppedPlanKeepsItsBestSolution() throws Exception {
        Map<String, Object> first = start("{\"kind\": \"ALLOCATION\", \"secondsLimit\": 60}");
        Map<String, Object> second = start("{\"kind\": \"ALLOCATION\", \"secondsLimit\": 60}");
        awaitStatus(first.get("id"), List.of("SOLVING"));
        assertThat(plan(second.get("id"))).containsEntry("status", "QUEUED");

        mvc.perform(post("/api/v1/plans/" + second.get("id") + "/stop").with(as("planner")).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("STOPPED"));
        mvc.perform(post("/api/v1/plans/" + first.get("id") + "/stop").with(as("planner")).with(csrf()))
                .andExpect(status().isOk());

        Map<String, Object> stopped = awaitStatus(first.get("id"), List.of("STOPPED"));
        assertThat(stopped.get("hardScore")).isNotNull();
        assertThat(stopped.get("troopsAfter")).isNotNull();
        mvc.perform(get("/api/v1/plans/" + second.get("id") + "/result").with(as("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffReadPlansButOnlyAForcePlannerStartsOrStopsThem() throws Exception {
        mvc.perform(get("/api/v1/plans").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").isNumber());
        mvc.perform(post("/api/v1/plans").with(as("viewer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"ALLOCATION\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans").with(as("donor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnUnknownKindAndAnImpossibleTimeLimitNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/plans").with(as("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"INVASION\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        mvc.perform(post("/api/v1/plans").with(as("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRAWDOWN\", \"secondsLimit\": 0}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("secondsLimit"));
        mvc.perform(post("/api/v1/plans").with(as("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"DRAWDOWN\", \"troopCeiling\": -5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("troopCeiling"));
    }
}

@OnH2
class PlansApiOnH2Tests extends PlansApiTests {
}

@OnPostgres
class PlansApiOnPostgresTests extends PlansApiTests {
}
