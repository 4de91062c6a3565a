package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resolute.force.domain.StrengthImport;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Strength reports, their totals and the placemat, through the API, on both databases. */
abstract class StrengthReportsTests {

    static final String HEADER = "nation,command,location,report_date,troops,source,as_of,provenance_status,"
            + "classification,releasable_to\r\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    @ParameterizedTest(name = "{0}: {1} troops from {2} nations")
    @CsvSource({"2019-10-01, 17178, 39", "2020-06-01, 15937, 38", "2021-02-01, 9592, 36",
            "2021-02-28, 9592, 36"})
    void thePublicPlacematReproducesThePublishedFigures(String date, int troops, int nations) throws Exception {
        mvc.perform(get("/api/v1/placemat").param("date", date).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(date))
                .andExpect(jsonPath("$.totalTroops").value(troops))
                .andExpect(jsonPath("$.nationCount").value(nations))
                .andExpect(jsonPath("$.nations.length()").value(nations));
    }

    @Test
    void theNovember2020PlacematHas38NationsAndFewerThan11000Troops() throws Exception {
        String body = mvc.perform(get("/api/v1/placemat").param("date", "2020-11-15")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.nationCount").value(38))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) json.readValue(body, Map.class).get("totalTroops")).intValue()).isLessThan(11000);
    }

    @Test
    void thePlacematKeepsPublishedFiguresAndMarksIllustrativeOnes() throws Exception {
        mvc.perform(get("/api/v1/placemat").param("date", "2021-02-01").accept(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.nations[?(@.nation == 'USA')].troops").value(2500))
                .andExpect(jsonPath("$.nations[?(@.nation == 'USA')].status").value("Ally"))
                .andExpect(jsonPath("$.nations[?(@.nation == 'USA')].provenance.status").value("APPROXIMATE"))
                .andExpect(jsonPath("$.nations[?(@.nation == 'USA')].provenance.source").value("S09"))
                .andExpect(jsonPath("$.nations[?(@.nation == 'GEO')].status").value("Operational partner"))
                .andExpect(jsonPath("$.nations[?(@.nation == 'GEO')].provenance.status").value("ILLUSTRATIVE"))
                .andExpect(jsonPath("$.includesIllustrative").value(true));
    }

    @Test
    void thePlacematPdfIsARealPdfHoldingTheTotal() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/placemat").param("date", "2021-02-01")
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("9,592").contains("36 nations").contains("United States");
        assertThat(mapDrawing(reader)).as("the map: the outline's segments and the spokes' labels")
                .contains("(Train Advise Assist Command - North)").contains("lead Germany")
                .contains("(Train Advise Assist Command - South)")
                .satisfies(drawing -> assertThat(drawing.split(" l\n")).hasSizeGreaterThan(100));
    }

    @Test
    void thePlacematPdfSpeaksTheReadersLanguageWithItsFiguresWrittenTheFrenchWay() throws Exception {
        byte[] pdf = mvc.perform(get("/placemat/pdf").param("date", "2021-02-01")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfReader reader = new PdfReader(new ByteArrayInputStream(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Mission Resolute Support : faits et chiffres clés").contains("Effectifs totaux")
                .containsPattern("9[\\s\u00a0\u202f]+592").doesNotContain("9,592").contains("Alliés de l");
        assertThat(mapDrawing(reader)).contains("nation cadre : Germany");
    }

    private static String mapDrawing(PdfReader reader) throws java.io.IOException {
        com.lowagie.text.pdf.PdfDictionary objects = reader.getPageN(1)
                .getAsDict(com.lowagie.text.pdf.PdfName.RESOURCES).getAsDict(com.lowagie.text.pdf.PdfName.XOBJECT);
        StringBuilder drawing = new StringBuilder();
        for (com.lowagie.text.pdf.PdfName name : objects.getKeys()) {
            var stream = (com.lowagie.text.pdf.PRStream) com.lowagie.text.pdf.PdfReader.getPdfObject(objects.get(name));
            drawing.append(new String(com.lowagie.text.pdf.PdfReader.getStreamBytes(stream),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return drawing.toString();
    }

    @Test
    void thePlacematCsvHasOneLinePerNation() throws Exception {
        String csv = mvc.perform(get("/api/v1/placemat").param("date", "2021-02-01").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(1 + 36);
        assertThat(lines[0]).startsWith("date,nation,name,status,troops");
    }

    @Test
    void thePlacematRefusesAnUnsupportedAcceptAndABadDate() throws Exception {
        mvc.perform(get("/api/v1/placemat").param("date", "2021-02-01").accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable());
        mvc.perform(get("/api/v1/placemat").param("date", "Feb 2021").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
    }

    @Test
    void anonymousVisitorsGetThePlacematButNotTheReports() throws Exception {
        mvc.perform(get("/placemat").param("date", "2021-02-01")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/strength-reports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/strength/totals").param("date", "2021-02-01")).andExpect(status().isUnauthorized());
        mvc.perform(get("/force/strength")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aViewerReadsReportsButOnlyAPlannerRecordsThem() throws Exception {
        mvc.perform(get("/api/v1/strength-reports").param("nation", "GBR").with(as("viewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").isNumber());
        String body = recordRequest("NZL", "2031-01-05", 5, "PUBLIC", "");
        mvc.perform(post("/api/v1/strength-reports").with(as("viewer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/strength-reports").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.troops").value(5));
        mvc.perform(post("/api/v1/strength-reports").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reportDate"));
    }

    @Test
    void theListOfReportsStartsWithTheNewestUnlessAskedOtherwise() throws Exception {
        String body = mvc.perform(get("/api/v1/strength-reports").param("size", "20").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var dates = json.readTree(body).get("items").valueStream()
                .map(item -> java.time.LocalDate.parse(item.get("reportDate").asString())).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.get(0)).isEqualTo(jdbc.queryForObject("SELECT MAX(report_date) FROM force_strength_report",
                Map.of(), java.time.LocalDate.class));
        String oldest = mvc.perform(get("/api/v1/strength-reports").param("size", "1").param("sort", "reportDate")
                .with(as("admin"))).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(oldest).get("items").get(0).get("reportDate").asString()).isEqualTo(
                jdbc.queryForObject("SELECT MIN(report_date) FROM force_strength_report", Map.of(), String.class));
    }

    @Test
    void aMissionReportIsAbsentFromThePublicPlacematButInAPlannersTotals() throws Exception {
        String date = "2032-03-01";
        int publicBefore = total(null, date);
        int plannerBefore = total("planner", date);
        mvc.perform(post("/api/v1/strength-reports").with(as("planner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(recordRequest("NZL", date, 40, "MISSION", "")))
                .andExpect(status().isCreated());

        assertThat(total(null, date)).isEqualTo(publicBefore);
        assertThat(total("planner", date)).isGreaterThan(plannerBefore);
        mvc.perform(get("/api/v1/strength-reports").param("nation", "NZL").param("from", date).param("to", date)
                        .with(as("viewer")))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void aDonorSeesPublicReportsAndThoseReleasedToItsNation() throws Exception {
        String date = "2033-04-01";
        mvc.perform(post("/api/v1/strength-reports").with(as("planner")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(recordRequest("GBR", date, 777, "MISSION", "\"GBR\""))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/strength-reports").with(as("planner")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(recordRequest("USA", date, 888, "MISSION", "\"USA\""))).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/strength-reports").param("from", date).param("to", date).with(as("donor")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].troops").value(777));
        mvc.perform(get("/api/v1/strength-reports").param("from", date).param("to", date).with(as("viewer")))
                .andExpect(jsonPath("$.totalItems").value(2));
    }

    @Test
    void anImportWithBadLinesIsRefusedWholeNamingEveryBadLine() throws Exception {
        String csv = HEADER
                + "EST,RSHQ,KABUL,2034-01-01,41,S01,,EXACT,PUBLIC,\r\n"
                + "XXX,RSHQ,KABUL,2034-01-01,41,S01,,EXACT,PUBLIC,\r\n"
                + "LVA,RSHQ,KABUL,2034-01-01,-3,S01,,EXACT,PUBLIC,\r\n"
                + "LTU,RSHQ,NOWHERE,2034-01-01,5,S01,,EXACT,PUBLIC,\r\n";
        mvc.perform(post("/api/v1/strength-reports/import").with(as("planner")).with(csrf())
                        .contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("line 3"), org.hamcrest.Matchers.containsString("line 4"),
                        org.hamcrest.Matchers.containsString("line 5"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("line 2")))));
        assertThat(stored("2034-01-01")).isZero();
    }

    @Test
    void reImportingTheSameFileChangesNothingAndAReplayedKeyAnswersTheFirstResult() throws Exception {
        String csv = HEADER + "EST,RSHQ,KABUL,2035-01-01,41,S01,,EXACT,PUBLIC,\r\n"
                + "LVA,TAAC-N,MAZAR,2035-01-01,38,S01,2034-12-20,APPROXIMATE,MISSION,LVA\r\n";
        importing(csv, "").andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(2));
        importing(csv, "").andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(0))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(stored("2035-01-01")).isEqualTo(2);

        String other = HEADER + "EST,RSHQ,KABUL,2035-02-01,40,S01,,EXACT,PUBLIC,\r\n";
        importing(other, "force-replay-1").andExpect(jsonPath("$.stored").value(1));
        importing(other, "force-replay-1").andExpect(jsonPath("$.stored").value(1));
        assertThat(stored("2035-02-01")).isEqualTo(1);
    }

    @Test
    void anotherFileUnderAUsedKeyIsRefusedWith422NamingTheKeyAndImportsNothing() throws Exception {
        String key = "force-other-" + getClass().getSimpleName();
        importing(HEADER + "EST,RSHQ,KABUL,2035-04-01,41,S01,,EXACT,PUBLIC,\r\n", key)
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1));
        importing(HEADER + "EST,RSHQ,KABUL,2035-04-02,42,S01,,EXACT,PUBLIC,\r\n", key)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("Idempotency-Key"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(key)));
        assertThat(stored("2035-04-02")).isZero();
    }

    @Test
    void twoConcurrentImportsWithTheSameNewKeyImportOnceAndBothAnswerTheResult() throws Exception {
        String csv = HEADER + "EST,RSHQ,KABUL,2035-03-01,41,S01,,EXACT,PUBLIC,\r\n"
                + "LVA,RSHQ,KABUL,2035-03-01,38,S01,,EXACT,PUBLIC,\r\n";
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var imports = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                start.await();
                return importing(csv, "force-race-" + getClass().getSimpleName()).andReturn().getResponse();
            })).toList();
            start.countDown();
            for (var answer : imports) {
                var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentAsString()).contains("\"stored\":2");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored("2035-03-01")).isEqualTo(2);
    }

    @Test
    void twoConcurrentFirstImportsOfTheSameNewPlaceAndMonthBothStore() throws Exception {
        String place = "nation = 'ISL' AND command_code = 'TAAC-AIR' AND location_code = 'KABUL' "
                + "AND classification = 'RESTRICTED' AND releasable_to = 'ISL'";
        jdbc.update("DELETE FROM force_strength_report WHERE " + place, Map.of());
        jdbc.update("DELETE FROM force_strength_month WHERE " + place, Map.of());
        jdbc.update("DELETE FROM force_strength_place WHERE " + place, Map.of());
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var imports = java.util.stream.IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
                String csv = HEADER + "ISL,TAAC-AIR,KABUL,2036-05-0" + (i + 1) + ",7,S01,,EXACT,RESTRICTED,ISL\r\n";
                start.await();
                return importing(csv, "").andReturn().getResponse();
            })).toList();
            start.countDown();
            for (var answer : imports) {
                var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
                assertThat(response.getContentAsString()).contains("\"stored\":1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM force_strength_place WHERE " + place, Map.of(),
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT report_date FROM force_strength_month WHERE " + place
                + " AND year_month = 203605", Map.of(), java.time.LocalDate.class))
                .isEqualTo(java.time.LocalDate.of(2036, 5, 2));
    }

    @Test
    void aLargeImportIsOneAuditedImportWhoseSealedDigestCoversEveryReport() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        java.time.LocalDate first = java.time.LocalDate.parse("2038-01-01");
        String[] nations = {"EST", "LVA", "LTU", "POL", "ROU", "BGR", "HRV", "SVN", "SVK", "CZE"};
        for (int day = 0; day < 75; day++) {
            for (String nation : nations) {
                csv.append(nation).append(",RSHQ,KABUL,").append(first.plusDays(day)).append(',').append(day)
                        .append(",\"bulk \"\"test\"\", file\",,ILLUSTRATIVE,")
                        .append(day == 3 && "LVA".equals(nation) ? "MISSION,LVA" : "PUBLIC,").append("\r\n");
            }
        }
        String answer = importing(csv.toString(), "").andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(750)).andReturn().getResponse().getContentAsString();
        String importId = json.readTree(answer).path("importId").asString();
        assertThat(jdbc.queryForObject("SELECT MAX(source) FROM force_strength_report WHERE report_date = :day",
                Map.of("day", first.plusDays(60)), String.class)).isEqualTo("bulk \"test\", file");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'StrengthImport' "
                + "AND record_id = :id AND action = 'CREATED'", Map.of("id", importId), Long.class)).isEqualTo(1L);

        mvc.perform(get("/force/strength/charts/data").with(as("planner")))
                .andExpect(jsonPath("$.dates").value(org.hamcrest.Matchers.hasItems("2038-01-31", "2038-02-28",
                        "2038-03-16")))
                .andExpect(jsonPath("$.dates").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "2038-01-30"))));
        mvc.perform(get("/api/v1/strength-imports/{id}", importId).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(750))
                .andExpect(jsonPath("$.importedBy").value("planner"))
                .andExpect(jsonPath("$.marking.classification").value("MISSION"))
                .andExpect(jsonPath("$.marking.releasableTo[0]").value("LVA"));
        mvc.perform(get("/api/v1/strength-imports/{id}", importId).with(as("donor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/strength-imports/{id}/verification", importId).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.found").value(750))
                .andExpect(jsonPath("$.sealedDigest").isString());

        jdbc.update("UPDATE force_strength_report SET troops = troops + 1 WHERE report_date = :day AND nation = 'EST'",
                Map.of("day", first.plusDays(40)));
        mvc.perform(get("/api/v1/strength-imports/{id}/verification", importId).with(as("auditor")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.recomputedDigest").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.equalTo(json.readTree(answer).path("digest").asString("x")))));

        csv.append("EST,RSHQ,KABUL,").append(first.plusDays(80)).append(",1,new,,EXACT,PUBLIC,\r\n");
        String changedBack = csv.toString().replace("EST,RSHQ,KABUL," + first.plusDays(40) + ",40,",
                "EST,RSHQ,KABUL," + first.plusDays(40) + ",41,");
        importing(changedBack, "").andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1))
                .andExpect(jsonPath("$.unchanged").value(750));
        String changed = changedBack.replace("EST,RSHQ,KABUL," + first.plusDays(70) + ",70,",
                "EST,RSHQ,KABUL," + first.plusDays(70) + ",71,");
        importing(changed, "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 702")));
    }

    @Test
    void aLineGivingAStoredReportAnotherValueIsRefused() throws Exception {
        importing(HEADER + "EST,RSHQ,KABUL,2036-01-01,41,S01,,EXACT,PUBLIC,\r\n", "").andExpect(status().isOk());
        importing(HEADER + "EST,RSHQ,KABUL,2036-01-01,45,S01,,EXACT,PUBLIC,\r\n", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("line 2")));
    }

    @Test
    void theExportImportsBackUnchanged() throws Exception {
        String export = mvc.perform(get("/api/v1/strength-reports/export").param("nation", "GBR")
                        .with(as("planner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(export).startsWith(HEADER);
        importing(export, "").andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(0));
    }

    @Test
    void totalsAsOfADateAreEachNationsLatestReports() throws Exception {
        mvc.perform(get("/api/v1/strength/totals").param("date", "2020-06-01").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalTroops").value(15937))
                .andExpect(jsonPath("$.nationCount").value(38));
    }

    @Test
    void staffPagesAndChartDataRenderFromTheReportsTheViewerMaySee() throws Exception {
        mvc.perform(get("/force/strength").param("nation", "DEU").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("TAAC-N")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Record a strength report"))));
        mvc.perform(get("/force/strength").with(as("planner")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Record a strength report")));
        mvc.perform(get("/force/strength/nations/GEO").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("885")));
        mvc.perform(get("/force/strength/charts").with(as("viewer"))).andExpect(status().isOk());
        mvc.perform(get("/force/strength/charts/data").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dates[0]").value("2015-12-01"))
                .andExpect(jsonPath("$.totals[0]").value(12905))
                .andExpect(jsonPath("$.largest").isNotEmpty())
                .andExpect(jsonPath("$.byLocation.MAZAR").isArray());
        mvc.perform(get("/force/strength/export.csv").param("nation", "USA").with(as("viewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith(HEADER)));
    }

    private org.springframework.test.web.servlet.ResultActions importing(String csv, String key) throws Exception {
        var request = post("/api/v1/strength-reports/import").with(as("planner")).with(csrf())
                .contentType("text/csv").content(csv);
        if (!key.isEmpty()) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private int total(String username, String date) throws Exception {
        var request = get("/api/v1/placemat").param("date", date).accept(MediaType.APPLICATION_JSON);
        if (username != null) {
            request.with(as(username));
        }
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) json.readValue(body, Map.class).get("totalTroops")).intValue();
    }

    private long stored(String date) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM force_strength_report WHERE report_date = :date",
                Map.of("date", java.time.LocalDate.parse(date)), Long.class);
        return count == null ? 0 : count;
    }

    private static String recordRequest(String nation, String date, int troops, String classification,
            String releasableTo) {
        return """
                {"nation": "%s", "command": "RSHQ", "location": "KABUL", "reportDate": "%s", "troops": %d,
                 "source": "test report", "provenanceStatus": "EXACT", "classification": "%s",
                 "releasableTo": [%s]}
                """.formatted(nation, date, troops, classification, releasableTo);
    }
}

@OnH2
class StrengthReportsOnH2Tests extends StrengthReportsTests {
}

@OnPostgres
class StrengthReportsOnPostgresTests extends StrengthReportsTests {
}
