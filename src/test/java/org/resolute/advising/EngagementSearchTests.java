package org.resolute.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Searches by functional area and roadmap pillar (which start from the link rows) find exactly the engagements that
 * have the code, in date order, counted alike, under the same marking filter as every other search: checked against
 * what was stored, for random engagements (fixed seeds, printed on failure) and three viewers, on both databases.
 */
abstract class EngagementSearchTests {

    static final long[] SEEDS = {4, 11, 2026};
    static final List<String> AREAS = List.of("EF1", "EF5", "SF-PERS");
    static final List<String> PILLARS = List.of("LEAD", "CORR");
    static final LocalDate FIRST = LocalDate.of(2022, 5, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    record Stored(String title, LocalDate date, List<String> areas, List<String> pillars, String marking,
            boolean submitted) {

        boolean visibleTo(String viewer) {
            return switch (viewer) {
                case "lead" -> true;
                case "advisor" -> !marking.equals("RESTRICTED");
                default -> marking.equals("GBR");
            };
        }
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @Test
    void anUnknownInstitutionInTheFilterIsRefusedUnderTheFilterBarInTheReadersWords() throws Exception {
        String page = mvc.perform(get("/advising/engagements").param("institution", "NOWHERE").with(as("lead"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).as("the institution's choice is outlined as refused")
                .containsPattern("name=\"institution\" class=\"form-select is-invalid\"");
        assertThat(page).as("the refusal under the filter bar, in French")
                .contains(">«\u00a0NOWHERE\u00a0» n’est pas une institution connue\u00a0: "
                        + "choisissez-en une dans la liste<")
                .doesNotContain("is not a known institution");
    }

    @Test
    void areaAndPillarSearchesFindWhatWasStoredForEachViewer() throws Exception {
        for (long seed : SEEDS) {
            Random random = new Random(seed);
            String tag = "searchtag" + UUID.randomUUID().toString().substring(0, 8);
            List<Stored> stored = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                stored.add(store(tag + " report " + i, random));
            }
            for (String viewer : List.of("lead", "advisor", "donor")) {
                for (int query = 0; query < 8; query++) {
                    String area = random.nextInt(4) == 0 ? "" : AREAS.get(random.nextInt(AREAS.size()));
                    String pillar = random.nextInt(3) == 0 ? "" : PILLARS.get(random.nextInt(PILLARS.size()));
                    LocalDate from = random.nextBoolean() ? null : FIRST.plusDays(random.nextInt(10));
                    boolean submitted = random.nextInt(4) == 0;
                    String context = "seed " + seed + ", " + viewer + ", area '" + area + "', pillar '" + pillar
                            + "', from " + from + ", submitted only " + submitted;
                    List<Stored> expected = stored.stream().filter(s -> s.visibleTo(viewer))
                            .filter(s -> area.isEmpty() || s.areas().contains(area))
                            .filter(s -> pillar.isEmpty() || s.pillars().contains(pillar))
                            .filter(s -> from == null || !s.date().isBefore(from))
                            .filter(s -> !submitted || s.submitted()).toList();
                    var request = get("/api/v1/engagements").param("text", tag).param("area", area)
                            .param("pillar", pillar).param("size", "100").with(as(viewer));
                    if (from != null) {
                        request = request.param("from", from.toString());
                    }
                    if (submitted) {
                        request = request.param("status", "SUBMITTED");
                    }
                    JsonNode page = read(request);
                    List<JsonNode> items = page.get("items").valueStream().toList();
                    assertThat(items.stream().map(item -> item.get("title").asString()).collect(Collectors.toSet()))
                            .as(context).isEqualTo(expected.stream().map(Stored::title).collect(Collectors.toSet()));
                    assertThat(page.get("totalItems").asLong()).as(context).isEqualTo(expected.size());
                    List<LocalDate> dates = items.stream().map(item -> LocalDate.parse(item.get("date").asString()))
                            .toList();
                    assertThat(dates).as(context).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                }
            }
        }
    }

    @Test
    void aRevisedEngagementMovesToItsNewAreaPillarAndMarkingInSearches() throws Exception {
        String title = EngagementMother.uniqueTitle("Revised links");
        String body = EngagementMother.json(title, FIRST, "209-CORPS", "EF5", "MISSION", "x");
        String id = json.readTree(mvc.perform(post("/api/v1/engagements").with(as("lead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString()).get("id").asString();
        assertThat(titles("advisor", title, "EF5", "")).containsExactly(title);
        assertThat(titles("advisor", title, "", "CORR")).containsExactly(title);
        mvc.perform(put("/api/v1/engagements/" + id).with(as("lead")).with(csrf()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("[\"EF5\"]", "[\"EF6\"]")
                        .replace("[\"CORR\"]", "[\"LEAD\"]").replace("\"MISSION\"", "\"RESTRICTED\"")))
                .andExpect(status().isOk());
        assertThat(titles("lead", title, "EF5", "")).isEmpty();
        assertThat(titles("lead", title, "", "CORR")).isEmpty();
        assertThat(titles("lead", title, "EF6", "LEAD")).containsExactly(title);
        assertThat(titles("lead", title, "", "LEAD")).containsExactly(title);
        assertThat(titles("advisor", title, "EF6", "")).isEmpty();
        assertThat(titles("advisor", title, "", "LEAD")).isEmpty();
        mvc.perform(post("/api/v1/engagements/" + id + "/submit").with(as("lead")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(read(get("/api/v1/engagements").param("text", title).param("pillar", "LEAD")
                .param("status", "SUBMITTED").with(as("lead"))).get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void freeTextFindsPartOfAWordInOutcomesOrDetailsWhateverItsCaseUnderTheMarkingFilter() throws Exception {
        String word = "zq" + UUID.randomUUID().toString().substring(0, 8);
        String inOutcomes = EngagementMother.uniqueTitle("Outcome word");
        String inDetails = EngagementMother.uniqueTitle("Detail word");
        String restricted = EngagementMother.uniqueTitle("Restricted word");
        create(EngagementMother.json(inOutcomes, FIRST, "MOD", "EF1", "MISSION", "x")
                .replace("agreed the fuel accountability plan", "agreed the " + word.toUpperCase() + "ING plan"));
        create(EngagementMother.json(inDetails, FIRST, "MOD", "EF1", "MISSION", "x")
                .replace("\"details of ", "\"re" + word + " details of "));
        create(EngagementMother.json(restricted, FIRST, "MOD", "EF1", "RESTRICTED", "x")
                .replace("agreed the fuel accountability plan", word));
        for (String text : List.of(word, word.toUpperCase(), word.substring(2, 7))) {
            JsonNode lead = read(get("/api/v1/engagements").param("text", text).param("size", "100").with(as("lead")));
            List<String> found = lead.get("items").valueStream().map(item -> item.get("title").asString()).toList();
            if (text.length() > 5) {
                assertThat(found).as(text).containsExactlyInAnyOrder(inOutcomes, inDetails, restricted);
            } else {
                assertThat(found).as(text).contains(inOutcomes, inDetails, restricted);
            }
            assertThat(titlesFor("advisor", text)).as(text).contains(inOutcomes, inDetails).doesNotContain(restricted);
        }
        assertThat(read(get("/api/v1/engagements").param("text", word + " plan").with(as("lead")))
                .get("totalItems").asLong()).isEqualTo(2);
        assertThat(read(get("/api/v1/engagements").param("text", word).with(as("advisor")))
                .get("totalItems").asLong()).isEqualTo(2);
        assertThat(read(get("/api/v1/engagements").param("text", word).param("area", "EF1").with(as("advisor")))
                .get("totalItems").asLong()).isEqualTo(2);
    }

    private void create(String body) throws Exception {
        mvc.perform(post("/api/v1/engagements").with(as("lead")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
    }

    private List<String> titlesFor(String viewer, String text) throws Exception {
        return read(get("/api/v1/engagements").param("text", text).param("size", "100").with(as(viewer)))
                .get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }

    private Stored store(String title, Random random) throws Exception {
        LocalDate date = FIRST.plusDays(random.nextInt(20));
        List<String> areas = pick(AREAS, random);
        List<String> pillars = random.nextInt(3) == 0 ? List.of() : pick(PILLARS, random);
        String marking = List.of("MISSION", "GBR", "RESTRICTED").get(random.nextInt(3));
        String body = EngagementMother.json(title, date, "209-CORPS", "EF5", marking.equals("GBR") ? "MISSION" : marking,
                        "x").replace("[\"EF5\"]", quoted(areas)).replace("[\"CORR\"]", quoted(pillars));
        if (marking.equals("GBR")) {
            body = body.replace("\"classification\": \"MISSION\"", "\"classification\": \"MISSION\", \"releasableTo\": \"GBR\"");
        }
        String id = json.readTree(mvc.perform(post("/api/v1/engagements").with(as("lead")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString()).get("id").asString();
        boolean submitted = random.nextBoolean();
        if (submitted) {
            mvc.perform(post("/api/v1/engagements/" + id + "/submit").with(as("lead")).with(csrf()))
                    .andExpect(status().isOk());
        }
        return new Stored(title, date, areas, pillars, marking, submitted);
    }

    private List<String> titles(String viewer, String title, String area, String pillar) throws Exception {
        return read(get("/api/v1/engagements").param("text", title).param("area", area).param("pillar", pillar)
                .with(as(viewer))).get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> pick(List<String> codes, Random random) {
        Set<String> picked = new TreeSet<>();
        picked.add(codes.get(random.nextInt(codes.size())));
        if (random.nextBoolean()) {
            picked.add(codes.get(random.nextInt(codes.size())));
        }
        return List.copyOf(picked);
    }

    private static String quoted(List<String> codes) {
        return codes.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}

@OnH2
class EngagementSearchOnH2Tests extends EngagementSearchTests {
}

@OnPostgres
class EngagementSearchOnPostgresTests extends EngagementSearchTests {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void postgresAnswersFreeTextFromTheTrigramIndex() {
        String plan = jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SET enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rows = statement.executeQuery("EXPLAIN SELECT id FROM advising_engagement "
                        + "WHERE search_text LIKE '%fuel%'")) {
                    while (rows.next()) {
                        lines.append(rows.getString(1)).append('\n');
                    }
                }
                statement.execute("RESET enable_seqscan");
                return lines.toString();
            }
        });
        assertThat(plan).contains("advising_engagement_text");
    }
}
