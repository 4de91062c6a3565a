package org.resolute.mission;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The mission's API and pages by role: staff read, planners record ceilings, the public sees none of it. */
abstract class MissionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static String ceiling(String kind, String nation, Object troops, LocalDate from) {
        return """
                {"kind": "%s", "nation": %s, "troops": %s, "from": "%s", "basis": "API test decision",
                 "decisionRef": "API test", "source": "S63", "status": "EXACT"}"""
                .formatted(kind, nation == null ? "null" : "\"" + nation + "\"", troops, from);
    }

    @Test
    void aViewerReadsTheMissionWithItsLegalInstrumentsPhasesAndTimeline() throws Exception {
        mvc.perform(get("/api/v1/mission").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Resolute Support Mission"))
                .andExpect(jsonPath("$.launchedOn").value("2015-01-01"))
                .andExpect(jsonPath("$.launch.source").value("S01"))
                .andExpect(jsonPath("$.predecessorEndedOn").value("2014-12-28"))
                .andExpect(jsonPath("$.endedOn").isEmpty())
                .andExpect(jsonPath("$.legalInstruments[0].kind").value("SOFA"))
                .andExpect(jsonPath("$.legalInstruments[0].signedOn").value("2014-09-30"))
                .andExpect(jsonPath("$.legalInstruments[0].ratifiedOn").value("2014-11-27"))
                .andExpect(jsonPath("$.legalInstruments[1].adoptedOn").value("2014-12-12"))
                .andExpect(jsonPath("$.phases[1].name").value("Withdrawal"))
                .andExpect(jsonPath("$.timeline[0].date").value("2014-09-30"))
                .andExpect(jsonPath("$.timeline[0].provenance.source").value("S60"));
    }

    @Test
    void aViewerListsCommandsLocationsAndCeilingsPageByPage() throws Exception {
        mvc.perform(get("/api/v1/commands").param("size", "5").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("RSHQ"))
                .andExpect(jsonPath("$.items.length()").value(5))
                .andExpect(jsonPath("$.totalItems").value(10));
        mvc.perform(get("/api/v1/locations").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("LAGHMAN")))
                .andExpect(jsonPath("$.items[0].provenance.status").value("APPROXIMATE"));
        mvc.perform(get("/api/v1/ceilings").param("kind", "NATIONAL_CAP").param("nation", "DEU")
                        .param("inForceOn", "2021-06-01").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].troops").value(1300))
                .andExpect(jsonPath("$.items[0].until").value("2022-01-31"))
                .andExpect(jsonPath("$.items[0].provenance.status").value("NATIONAL_CAP"));
    }

    @Test
    void anonymousCallersGetA401ProblemAndNoPage() throws Exception {
        for (String path : new String[] {"/api/v1/mission", "/api/v1/commands", "/api/v1/locations",
                "/api/v1/ceilings"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        for (String path : new String[] {"/mission", "/mission/commands", "/mission/ceilings"}) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", endsWith("/login")));
        }
    }

    @Test
    void aViewerCannotRecordACeilingButAPlannerCan() throws Exception {
        LocalDate from = CeilingRecordingTests.freshDay();
        mvc.perform(post("/api/v1/ceilings").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ceiling("MISSION", null, 8000, from)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/ceilings").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ceiling("MISSION", null, 8000, from)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/ceilings/")))
                .andExpect(jsonPath("$.troops").value(8000))
                .andExpect(jsonPath("$.decisionRef").value("API test"));
        mvc.perform(get("/api/v1/ceilings").param("kind", "MISSION").param("inForceOn", from.toString())
                        .with(as("viewer")))
                .andExpect(jsonPath("$.items[0].troops").value(8000));
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        LocalDate from = CeilingRecordingTests.freshDay();
        expectBadField(ceiling("MISSION", null, 0, from), "troops");
        expectBadField(ceiling("NATIONAL_CAP", null, 500, from), "nation");
        expectBadField(ceiling("ARMY", null, 500, from), "kind");
        expectBadField(ceiling("MISSION", null, "\"many\"", from), "troops");
        mvc.perform(post("/api/v1/ceilings").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ceiling("MISSION", null, 8100, from)))
                .andExpect(status().isCreated());
        expectBadField(ceiling("MISSION", null, 8200, from), "from");
        mvc.perform(get("/api/v1/ceilings").param("inForceOn", "yesterday").with(as("viewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("inForceOn"));
        mvc.perform(get("/api/v1/ceilings").param("sort", "colour").with(as("viewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("sort"));
    }

    @Test
    void signedInStaffSeeTheMissionPagesAndOnlyPlannersTheCeilingForm() throws Exception {
        mvc.perform(get("/mission").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("NATO-Afghanistan Status of Forces Agreement")))
                .andExpect(content().string(containsString("2014-11-27")))
                .andExpect(content().string(containsString("href=\"/mission\"")));
        mvc.perform(get("/mission/commands").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("data-location=\"LAGHMAN\"")))
                .andExpect(content().string(containsString("Train Advise Assist Command - West")));
        mvc.perform(get("/mission/ceilings").with(as("viewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("upper bound")))
                .andExpect(content().string(not(containsString("Record a ceiling"))));
        mvc.perform(get("/mission/ceilings").with(as("planner"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a ceiling")));
        mvc.perform(post("/mission/ceilings").with(as("viewer")).with(csrf()).param("kind", "MISSION")
                .param("troops", "5000").param("from", "2041-01-01")).andExpect(status().isForbidden());
    }

    @Test
    void theCeilingHistoryDownloadsAsCsvWithThePagesFilters() throws Exception {
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/mission/ceilings.csv").param("kind", "NATIONAL_CAP").param("nation", "DEU")
                        .with(as("viewer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("kind,nation,troops,from,until,basis,")
                .contains("NATIONAL_CAP,DEU,1300,2020-03-01,2021-03-31").doesNotContain("MISSION,");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/mission/ceilings.csv").param("inForceOn", "soon").with(as("viewer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("inForceOn"));
    }

    @Test
    void theCeilingListAndItsCsvRefuseAnUnknownKindOnTheKindFieldAlike() throws Exception {
        mvc.perform(get("/mission/ceilings").param("kind", "NOPE").with(as("viewer")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose one of the options offered")));
        mvc.perform(get("/mission/ceilings.csv").param("kind", "NOPE").with(as("viewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.detail").value(containsString("MISSION or NATIONAL_CAP, not 'NOPE'")));
    }

    @Test
    void theCommandsDownloadAsCsvWithTheirLocations() throws Exception {
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/mission/commands.csv").with(as("viewer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).hasSize(11);
        org.assertj.core.api.Assertions.assertThat(csv).contains("TAAC-N,Train Advise Assist Command - North,SPOKE,North,MAZAR,"
                + "Mazar-e-Sharif (Camp Marmal),36.7069,67.2094,DEU,");
    }

    @Test
    void theLocationsDownloadAsCsvWithTheirCommandsAndProvenance() throws Exception {
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/mission/locations.csv").with(as("viewer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(csv).startsWith("code,name,region,latitude,longitude,capacity,"
                + "commands,source,as_of,provenance_status\r\n");
        org.assertj.core.api.Assertions.assertThat(csv).contains("MAZAR,Mazar-e-Sharif (Camp Marmal),North,36.7069,"
                + "67.2094,");
        org.assertj.core.api.Assertions.assertThat(csv.lines().filter(line -> line.startsWith("KABUL,"))
                .findFirst().orElseThrow()).contains("RSHQ;");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/mission/locations.csv"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .is3xxRedirection());
    }

    private void expectBadField(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/ceilings").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }
}

@OnH2
class MissionApiOnH2Tests extends MissionApiTests {
}

@OnPostgres
class MissionApiOnPostgresTests extends MissionApiTests {
}
