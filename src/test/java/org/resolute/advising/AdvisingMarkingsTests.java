package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * A RESTRICTED engagement, approved, is absent for the advisor (cleared to MISSION) everywhere: search, detail, the
 * API's counts, both CSV exports, the rollup page, API and PDF, and the coverage heatmap; the lead sees it in each.
 * A MISSION engagement released to GBR is seen by the GBR donor; one not released is not.
 */
abstract class AdvisingMarkingsTests {

    static final LocalDate DAY = LocalDate.of(2023, 11, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    String title;
    String id;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @BeforeEach
    void aLeadRecordsAndApprovesARestrictedEngagement() throws Exception {
        title = EngagementMother.uniqueTitle("Restricted SOF review");
        id = approved("lead", EngagementMother.json(title, DAY, "ASSF", "EF7", "RESTRICTED", "x")
                .replace("TAAC-N", "RSHQ"));
    }

    String approved(String author, String body) throws Exception {
        String answer = mvc.perform(post("/api/v1/engagements").with(as(author)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String created = (String) json.readValue(answer, Map.class).get("id");
        mvc.perform(post("/api/v1/engagements/" + created + "/submit").with(as(author)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/engagements/" + created + "/approve").with(as("lead")).with(csrf()))
                .andExpect(status().isOk());
        return created;
    }

    String body(String path, String username, String... parameters) throws Exception {
        var request = get(path).with(as(username));
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theSearchAndItsCountHideItFromTheUnclearedAdvisor() throws Exception {
        mvc.perform(get("/api/v1/engagements").param("text", title).with(as("lead")))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].title").value(title));
        mvc.perform(get("/api/v1/engagements").param("text", title).with(as("advisor")))
                .andExpect(jsonPath("$.totalItems").value(0)).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/engagements").param("marking", "RESTRICTED").param("size", "1").with(as("advisor")))
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void itsDetailIsNotFoundForTheUnclearedAdvisorInApiAndPage() throws Exception {
        mvc.perform(get("/api/v1/engagements/" + id).with(as("lead"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/engagements/" + id).with(as("advisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/advising/engagements/" + id).with(as("advisor"))).andExpect(status().isNotFound());
        assertThat(body("/advising/engagements", "lead", "text", title)).contains(">" + title + "</a>");
        assertThat(body("/advising/engagements", "advisor", "text", title)).doesNotContain(">" + title + "</a>")
                .contains("No engagement matches.");
    }

    @Test
    void bothExportsLeaveItOut() throws Exception {
        assertThat(body("/api/v1/engagements/export", "lead", "text", title)).contains(title);
        assertThat(body("/api/v1/engagements/export", "advisor", "text", title)).doesNotContain(title);
        assertThat(body("/advising/engagements/export.csv", "lead", "from", DAY.toString(), "to", DAY.toString()))
                .contains(title);
        assertThat(body("/advising/engagements/export.csv", "advisor", "from", DAY.toString(), "to",
                DAY.toString())).doesNotContain(title);
    }

    @Test
    void theRollupPageApiAndPdfLeaveItOut() throws Exception {
        assertThat(body("/api/v1/advising/rollup", "lead", "date", DAY.toString())).contains(title);
        assertThat(body("/api/v1/advising/rollup", "advisor", "date", DAY.toString())).doesNotContain(title);
        assertThat(body("/advising/rollup", "lead", "date", DAY.toString())).contains(title);
        assertThat(body("/advising/rollup", "advisor", "date", DAY.toString())).doesNotContain(title);
        assertThat(pdfText("lead")).contains("Restricted SOF review");
        assertThat(pdfText("advisor")).doesNotContain("Restricted SOF review");
    }

    @Test
    void theHeatmapCountsItOnlyForTheClearedLead() throws Exception {
        int lead = cell("lead");
        int advisor = cell("advisor");
        approved("lead", EngagementMother.json(EngagementMother.uniqueTitle("Restricted SOF follow-up"), DAY, "ASSF",
                "EF7", "RESTRICTED", "x").replace("TAAC-N", "RSHQ"));
        assertThat(cell("lead")).isEqualTo(lead + 1);
        assertThat(cell("advisor")).isEqualTo(advisor);
        assertThat(body("/advising/coverage", "advisor", "asOf", DAY.toString(), "days", "7"))
                .contains("id=\"cell-ASSF-EF7\">" + advisor);
        assertThat(body("/advising/coverage", "lead", "asOf", DAY.toString(), "days", "7"))
                .contains("id=\"cell-ASSF-EF7\">" + (lead + 1));
    }

    @Test
    void aDonorSeesWhatIsReleasedToTheirNationOnly() throws Exception {
        String released = EngagementMother.uniqueTitle("Released to GBR");
        String kept = EngagementMother.uniqueTitle("Mission only");
        approved("advisor", EngagementMother.json(released, DAY, "MOI", "EF2", "MISSION", "x")
                .replace("\"classification\": \"MISSION\"", "\"classification\": \"MISSION\", \"releasableTo\": \"GBR\""));
        approved("advisor", EngagementMother.json(kept, DAY, "MOI", "EF2", "MISSION", "x"));
        String donor = body("/api/v1/engagements", "donor", "from", DAY.toString(), "to", DAY.toString(), "size", "500");
        assertThat(donor).contains(released).doesNotContain(kept).doesNotContain(title);
        assertThat(body("/api/v1/engagements", "advisor", "from", DAY.toString(), "to", DAY.toString(), "size", "500"))
                .contains(released).contains(kept).doesNotContain(title);
    }

    private int cell(String username) throws Exception {
        return json.readTree(body("/api/v1/advising/coverage", username, "asOf", DAY.toString(), "days", "7"))
                .get("cells").valueStream().filter(c -> c.get("institution").asString().equals("ASSF")
                        && c.get("area").asString().equals("EF7")).findFirst().orElseThrow()
                .get("recentEngagements").asInt();
    }

    private String pdfText(String username) throws Exception {
        byte[] pdf = mvc.perform(get("/advising/rollup.pdf").param("date", DAY.toString()).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}

@OnH2
class AdvisingMarkingsOnH2Tests extends AdvisingMarkingsTests {
}

@OnPostgres
class AdvisingMarkingsOnPostgresTests extends AdvisingMarkingsTests {
}
