package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heatmap reads whole weeks from its weekly summary and the days around them from the area rows: its count in
 * a cell is the number of approved engagements of that institution and area in the window that the viewer may see,
 * the same number a search with those filters counts, for windows of any length and start (fixed seeds, printed on
 * failure), and an approval moves every window that holds its date, on both databases.
 */
abstract class CoverageWindowTests {

    static final long[] SEEDS = {3, 19, 2021};
    static final List<String> LEAVES = List.of("209-CORPS", "ASSF", "AAF", "101-ZONE", "404-ZONE");
    static final List<String> AREAS = List.of("EF1", "EF2", "EF3", "EF4", "EF5", "EF6", "EF7", "EF8", "SF-OPS",
            "SF-PERS", "SF-LOG");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void eachCellCountsWhatASearchOfItsInstitutionAreaAndDatesFinds() throws Exception {
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            for (int window = 0; window < 5; window++) {
                LocalDate asOf = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1090));
                int days = 1 + random.nextInt(random.nextBoolean() ? 13 : 120);
                for (String viewer : List.of("lead", "advisor", "donor")) {
                    JsonNode cells = coverage(viewer, asOf, days);
                    for (int check = 0; check < 3; check++) {
                        String institution = LEAVES.get(random.nextInt(LEAVES.size()));
                        String area = AREAS.get(random.nextInt(AREAS.size()));
                        long searched = json.readTree(mvc.perform(get("/api/v1/engagements").with(as(viewer))
                                .param("institution", institution).param("area", area).param("status", "APPROVED")
                                .param("from", asOf.minusDays(days - 1).toString()).param("to", asOf.toString())
                                .param("size", "1")).andExpect(status().isOk()).andReturn().getResponse()
                                .getContentAsString()).get("totalItems").asLong();
                        assertThat(cell(cells, institution, area)).as("seed %d, %s, %s/%s, %d days to %s", seed,
                                viewer, institution, area, days, asOf).isEqualTo(searched);
                    }
                }
            }
        }
    }

    /** 2023-08-16 is a Wednesday: the windows hold it in their first days, a whole week or their last days. */
    @Test
    void anApprovalMovesEveryWindowThatHoldsItsDate() throws Exception {
        LocalDate day = LocalDate.of(2023, 8, 16);
        int[][] windows = {{0, 1}, {0, 3}, {0, 10}, {4, 9}, {20, 30}, {40, 60}, {2, 3}, {-1, 1}, {5, 5}};
        int[] before = new int[windows.length];
        for (int i = 0; i < windows.length; i++) {
            before[i] = cell(coverage("lead", day.plusDays(windows[i][0]), windows[i][1]), "AAF", "SF-LOG");
        }
        String title = EngagementMother.uniqueTitle("Weekly summary");
        String id = json.readTree(mvc.perform(post("/api/v1/engagements").with(as("lead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(EngagementMother.json(title, day, "AAF", "SF-LOG",
                        "RESTRICTED", "x").replace("TAAC-N", "TAAC-AIR"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/engagements/" + id + "/submit").with(as("lead")).with(csrf()))
                .andExpect(status().isOk());
        int advisorBefore = cell(coverage("advisor", day.plusDays(20), 30), "AAF", "SF-LOG");
        mvc.perform(post("/api/v1/engagements/" + id + "/approve").with(as("lead")).with(csrf()))
                .andExpect(status().isOk());
        for (int i = 0; i < windows.length; i++) {
            boolean holds = windows[i][0] >= 0 && windows[i][0] < windows[i][1];
            assertThat(cell(coverage("lead", day.plusDays(windows[i][0]), windows[i][1]), "AAF", "SF-LOG"))
                    .as("%d days to %s", windows[i][1], day.plusDays(windows[i][0]))
                    .isEqualTo(before[i] + (holds ? 1 : 0));
        }
        assertThat(cell(coverage("advisor", day.plusDays(20), 30), "AAF", "SF-LOG")).isEqualTo(advisorBefore);
    }

    private JsonNode coverage(String viewer, LocalDate asOf, int days) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/advising/coverage").param("asOf", asOf.toString())
                .param("days", String.valueOf(days)).with(as(viewer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).get("cells");
    }

    private static int cell(JsonNode cells, String institution, String area) {
        return cells.valueStream().filter(c -> c.get("institution").asString().equals(institution)
                && c.get("area").asString().equals(area)).findFirst().orElseThrow().get("recentEngagements").asInt();
    }
}

@OnH2
class CoverageWindowOnH2Tests extends CoverageWindowTests {
}

@OnPostgres
class CoverageWindowOnPostgresTests extends CoverageWindowTests {
}
