package org.resolute.force;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** The requirements and caveats API by role, on both databases. */
abstract class RequirementApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static String requirementJson(String reference, String command, String location, int quantity, String marking,
            String releasableTo) {
        return """
                {"reference": "%s", "capability": "Advisor team", "activity": "ADVISING", "quantity": %d,
                 "command": "%s", "location": "%s", "from": "2020-01-01", "until": "2020-12-31", "priority": 2,
                 "classification": "%s", "releasableTo": "%s"}""".formatted(reference, quantity, command, location,
                marking, releasableTo);
    }

    String create(String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/requirements").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) json.readValue(answer, Map.class).get("id");
    }

    void offer(String id, String nation, int quantity) throws Exception {
        mvc.perform(post("/api/v1/requirements/" + id + "/offers").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nation\": \"" + nation + "\", \"quantity\": " + quantity + "}"))
                .andExpect(status().isCreated());
    }

    @Test
    void anAnonymousCallerGetsA401Problem() throws Exception {
        mvc.perform(get("/api/v1/requirements"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/caveats")).andExpect(status().isUnauthorized());
    }

    @Test
    void aViewerReadsButCannotRecord() throws Exception {
        mvc.perform(get("/api/v1/requirements").with(as("viewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").isNumber());
        mvc.perform(get("/api/v1/requirements/gaps").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].fillState").value(not("FILLED")));
        mvc.perform(get("/api/v1/caveats").param("nation", "DEU").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].rule", hasItem(
                        "Germany: forces may serve only in regions North, Capital (caveat C-DEU-1)")));
        mvc.perform(post("/api/v1/requirements").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(requirementJson(RequirementsTests.reference(), "RSHQ", "KABUL", 5, "MISSION", "")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPlannerDecidesOnAnOfferAndAViewerCannot() throws Exception {
        String id = create(requirementJson(RequirementsTests.reference(), "TAAC-W", "HERAT", 10, "MISSION", ""));
        String offer = mvc.perform(post("/api/v1/requirements/" + id + "/offers").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nation\": \"ITA\", \"quantity\": 10}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String decision = "/api/v1/requirements/" + id + "/offers/" + offer + "/decision";
        mvc.perform(post(decision).with(as("viewer")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"ACCEPTED\"}")).andExpect(status().isForbidden());
        mvc.perform(post(decision).with(as("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"ACCEPTED\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(get("/api/v1/requirements/" + id).with(as("viewer")))
                .andExpect(jsonPath("$.requirement.fillState").value("FILLED"));
        mvc.perform(post(decision).with(as("planner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"OFFERED\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("status"));
    }

    @Test
    void aPlannerRecordsARequirementAndBadInputNamesTheField() throws Exception {
        String reference = RequirementsTests.reference();
        String id = create(requirementJson(reference, "TAAC-N", "MAZAR", 12, "MISSION", ""));
        mvc.perform(get("/api/v1/requirements/" + id).with(as("viewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.requirement.reference").value(reference))
                .andExpect(jsonPath("$.requirement.fillState").value("GAP"));
        mvc.perform(post("/api/v1/requirements").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(requirementJson(RequirementsTests.reference(), "TAAC-N", "MAZAR", 0, "MISSION", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("quantity"));
        mvc.perform(post("/api/v1/requirements").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(requirementJson(RequirementsTests.reference(), "TAAC-X", "MAZAR", 3, "MISSION", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("command"));
    }

    @Test
    void anOfferBreakingACaveatIsRefusedWithTheRuleNamed() throws Exception {
        String id = create(requirementJson(RequirementsTests.reference(), "TAAC-W", "HERAT", 30, "MISSION", ""));
        mvc.perform(post("/api/v1/requirements/" + id + "/offers").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nation\": \"TUR\", \"quantity\": 10}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("location"))
                .andExpect(jsonPath("$.detail").value(containsString("caveat C-TUR-1")));
        mvc.perform(get("/api/v1/requirements/" + id).with(as("planner")))
                .andExpect(jsonPath("$.offers").isEmpty());
    }

    @Test
    void theCheckAnswersEachBrokenCaveat() throws Exception {
        mvc.perform(post("/api/v1/caveats/check").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nation": "DEU", "location": "KANDAHAR", "activity": "ADVISING", "troops": 1400,
                                 "from": "2020-01-01", "until": "2020-06-30"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complies").value(false))
                .andExpect(jsonPath("$.violations[*].code", hasItem("C-DEU-1")))
                .andExpect(jsonPath("$.violations[*].code", hasItem("C-DEU-2")));
        mvc.perform(post("/api/v1/caveats/check").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nation": "DEU", "location": "MAZAR", "activity": "ADVISING", "troops": 10,
                                 "from": "2020-01-01", "until": "2020-06-30"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.complies").value(true));
        mvc.perform(post("/api/v1/caveats/check").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nation": "DEU", "location": "ATLANTIS", "activity": "ADVISING", "troops": 10,
                                 "from": "2020-01-01", "until": "2020-06-30"}"""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("location"));
    }

    @Test
    void aPlannerAddsACaveatThatAViewerCannot() throws Exception {
        String code = "C-T" + RequirementsTests.reference().substring(2, 8);
        String body = """
                {"code": "%s", "nation": "NOR", "kind": "MAX_DURATION_DAYS", "limit": 120,
                 "description": "Norwegian rotations last four months"}""".formatted(code);
        mvc.perform(post("/api/v1/caveats").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/caveats").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rule").value("Norway: no deployment may last more than 120 days (caveat "
                        + code + ")"));
        mvc.perform(post("/api/v1/caveats").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("code"));
    }

    @Test
    void aDonorSeesTheOffersReleasedToTheirNationOnly() throws Exception {
        String id = create(requirementJson(RequirementsTests.reference(), "KSF", "KABUL", 50, "MISSION",
                "GBR,USA"));
        offer(id, "GBR", 20);
        offer(id, "USA", 20);
        mvc.perform(get("/api/v1/requirements/" + id).with(as("donor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.offers.length()").value(1))
                .andExpect(jsonPath("$.offers[0].nation").value("GBR"));
        mvc.perform(get("/api/v1/requirements/" + id).with(as("planner")))
                .andExpect(jsonPath("$.offers.length()").value(2));
    }

    @Test
    void aRestrictedRequirementIsAbsentFromAViewersCsvExport() throws Exception {
        String reference = RequirementsTests.reference();
        create(requirementJson(reference, "TF-SW", "HELMAND", 8, "RESTRICTED", ""));
        mvc.perform(get("/force/requirements.csv").param("location", "HELMAND").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/force/requirements.csv").param("location", "HELMAND").with(as("planner")))
                .andExpect(content().string(containsString(reference)));
        mvc.perform(get("/force/requirements").param("location", "HELMAND").with(as("viewer")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void anImportNeedsThePlannerRole() throws Exception {
        mvc.perform(post("/api/v1/caveats/import").with(as("viewer")).with(csrf())
                        .contentType("text/csv").content("code\n"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/caveats/import").with(as("planner")).with(csrf())
                        .contentType("text/csv").content("code,nation\nX,DEU\n"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"));
    }
}

@OnH2
class RequirementApiOnH2Tests extends RequirementApiTests {
}

@OnPostgres
class RequirementApiOnPostgresTests extends RequirementApiTests {
}
