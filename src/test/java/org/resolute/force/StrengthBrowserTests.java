package org.resolute.force;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A planner records and imports strength reports, and the public reads the placemat, in Chromium. */
@InBrowser
class StrengthBrowserTests {

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    int placematTotal(Page page, String date) {
        page.navigate(url("/placemat?date=" + date));
        return Integer.parseInt(page.locator("#total-troops").innerText().replace(",", ""));
    }

    @Test
    void aPlannerRecordsAReportAndThePlacematChanges(Page page) {
        signIn(page, "planner");
        int before = placematTotal(page, "2037-05-01");

        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Force").setExact(true)).click();
        page.locator("#record summary").click();
        page.locator("#r-nation").selectOption("NOR");
        page.locator("#r-command").selectOption("RSHQ");
        page.locator("#r-location").selectOption("KABUL");
        page.locator("#r-date").fill("2037-05-01");
        page.locator("#r-troops").fill("25");
        page.locator("#r-source").fill("NOR contingent report");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record report")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Recorded 25 troops for Norway at Resolute Support "
                + "Headquarters (hub), Kabul (RS HQ), on 1 May 2037.");

        assertThat(placematTotal(page, "2037-05-01")).isEqualTo(before + 25);
        Locator norway = page.locator("tr[data-nation=NOR]");
        assertThat(norway).containsText("Norway");
    }

    @Test
    void anImportWithOneBadLineIsRefusedNamingTheLineAndStoresNothing(Page page) {
        signIn(page, "planner");
        page.navigate(url("/force/strength"));
        String csv = "nation,command,location,report_date,troops,source,as_of,provenance_status,classification,"
                + "releasable_to\r\n"
                + "EST,RSHQ,KABUL,2038-01-01,40,S01,,EXACT,PUBLIC,\r\n"
                + "LVA,RSHQ,KABUL,2038-01-01,many,S01,,EXACT,PUBLIC,\r\n"
                + "LTU,RSHQ,KABUL,2038-01-01,30,S01,,EXACT,PUBLIC,\r\n";
        page.locator("#import summary").click();
        page.getByLabel("CSV file", new Page.GetByLabelOptions().setExact(true)).setInputFiles(new FilePayload("reports.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();

        Locator errors = page.locator("#import-errors");
        assertThat(errors).containsText("reports.csv was not imported; nothing was stored.");
        assertThat(errors).containsText("line 3: troops 'many' is not a whole number");
        assertThat(errors.locator("li")).hasCount(1);

        page.navigate(url("/force/strength?from=2038-01-01&until=2038-01-01"));
        assertThat(page.getByText("No report matches these filters.")).isVisible();
    }

    @Test
    void thePublicReadsTheFebruary2021PlacematWithItsMapAndPdf(Page page) {
        page.navigate(url("/placemat?date=2021-02-01"));

        assertThat(page.locator("#total-troops")).hasText("9,592");
        assertThat(page.locator("#nation-count")).hasText("36");
        assertThat(page.locator("svg path")).hasCount(1);
        Locator north = page.locator("g[data-command=TAAC-N]");
        assertThat(north).containsText("Train Advise Assist Command - North");
        assertThat(north).containsText("lead Germany");
        assertThat(page.locator("g[data-command=RSHQ]")).containsText("lead United States");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("NATO Allies"))
                .locator("tr[data-nation=USA]")).containsText("2,500");
        assertThat(page.locator("tr[data-nation=GEO]")).containsText("illustrative");

        String pdfLink = page.locator("#placemat-pdf").getAttribute("href");
        APIResponse pdf = page.request().get(url(pdfLink));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void aViewerSeesTheFourStrengthCharts(Page page) {
        signIn(page, "viewer");
        page.navigate(url("/force/strength/charts"));

        for (String chart : new String[] {"chart-drawdown", "chart-nations", "chart-locations", "chart-largest"}) {
            assertThat(page.locator("#" + chart)).hasAttribute("data-rendered", "true");
            assertThat(page.locator("#" + chart + " canvas")).hasCount(1);
        }
    }
}
