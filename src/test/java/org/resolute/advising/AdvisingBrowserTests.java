package org.resolute.advising;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.resolute.advising.domain.Atmosphere;
import org.resolute.advising.domain.Engagements;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium: an advisor writes and submits a report, the lead returns it with a comment, the advisor fixes and
 * resubmits it, the lead approves it, and it appears in the rollup and moves the heatmap; a cleared and an
 * uncleared user run the same search and see different results. Every advising page reads in words, in English
 * and in French; a refused report shows its error next to the field with what was typed kept; the heatmap names
 * every row and column; the provisional entries are offered only to those who may open them.
 */
@InBrowser
class AdvisingBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aReportGoesFromAdvisorToLeadAndBackAndIntoTheRollupAndTheHeatmap(Page page) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String title = EngagementMother.uniqueTitle("Fuel accountability with the 209th");
        String coverage = "/advising/coverage?asOf=" + today + "&days=30";
        page.setDefaultTimeout(45_000);

        signIn(page, "lead");
        page.navigate(url(coverage));
        int before = Integer.parseInt(page.locator("#cell-209-CORPS-EF5").innerText().split(" ")[0]);

        signIn(page, "advisor");
        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Advising").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New engagement")).click();
        field(page, "Title").fill(title);
        field(page, "Date").fill(today);
        field(page, "Command").selectOption("TAAC-N");
        field(page, "Institution").selectOption("209-CORPS");
        field(page, "Place").fill("209th Corps headquarters");
        field(page, "Atmosphere").selectOption("POSITIVE");
        field(page, "Advisor nation").selectOption("DEU");
        field(page, "Advisors present (one per line)").fill("Advisor DEU-EF5-1");
        field(page, "Counterparts present (one per line)").fill("Chief of staff, 209th Corps");
        field(page, "Functional areas").selectOption("EF5");
        field(page, "Countering corruption").check();
        field(page, "Key outcomes").fill("agreed the fuel accountability plan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save report")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#engagement-status")).containsText("Draft");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted the report");
        String report = page.url();

        signIn(page, "lead");
        page.navigate(report);
        field(page, "Comment for the advisor").fill("Give the litres accounted for");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return to advisor")).click();
        assertThat(page.locator("#return-comment")).containsText("Give the litres accounted for");

        signIn(page, "advisor");
        page.navigate(report);
        assertThat(page.locator("#return-comment")).containsText("Give the litres accounted for");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
        field(page, "Key outcomes").fill("agreed the plan; 42,000 litres accounted for in March");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save report")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved the report",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(45_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
        assertThat(page.locator("#engagement-status")).containsText("Submitted");

        signIn(page, "lead");
        page.navigate(report);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator("#engagement-status")).containsText("Approved");

        page.navigate(url("/advising/rollup?date=" + today));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
        page.navigate(url(coverage));
        assertThat(page.locator("#cell-209-CORPS-EF5")).containsText(String.valueOf(before + 1));
        assertThat(page.locator("#coverage-chart[data-rendered=true]")).hasCount(1);
    }

    @Test
    void aClearedAndAnUnclearedUserRunTheSameSearchAndSeeDifferentResults(Page page) {
        signIn(page, "lead");
        int lead = searchJanuary2020(page);
        signIn(page, "advisor");
        int advisor = searchJanuary2020(page);
        assertThat(advisor).isPositive();
        assertThat(lead).isGreaterThan(advisor);
        field(page, "Marking").selectOption("RESTRICTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.getByText("No engagement matches.")).isVisible();
    }

    @Test
    void everyAdvisingPageReadsInWordsInEnglishAndInFrench(Page page) {
        page.setDefaultTimeout(45_000);
        page.context().clearCookies();
        Reader.signIn(page, port, "lead");
        page.navigate(url("/advising/rollup?date=2020-06-30"));
        String engagement = page.locator("main table a").first().getAttribute("href");
        List<String> paths = List.of("/advising/engagements", "/advising/engagements?from=2020-01-01&until=2020-01-31",
                "/advising/coverage", "/advising/rollup?date=2020-06-30", engagement,
                "/advising/assessments?institution=209-CORPS&area=EF5", "/advising/institutions",
                "/advising/provisional", "/advising/engagements/new");
        for (String path : paths) {
            Reader.readsInBothLanguages(page, url(path));
        }
        page.navigate(url("/advising/engagements?from=2020-01-01&until=2020-01-31"));
        assertThat(page.locator("h1")).hasText("Engagements");
        assertThat(page.locator("#engagement-results")).containsText("janv. 2020");
        page.navigate(url("/advising/coverage"));
        assertThat(page.locator("h1")).hasText("Couverture du conseil");
        Reader.inEnglish(page);
    }

    @Test
    void aRefusedReportShowsItsErrorInWordsNextToTheFieldWithWhatWasTypedKept(Page page) {
        page.setDefaultTimeout(45_000);
        page.context().clearCookies();
        Reader.signIn(page, port, "advisor");
        for (String language : List.of("en", "fr")) {
            if ("fr".equals(language)) {
                Reader.inFrench(page);
            } else {
                Reader.inEnglish(page);
            }
            page.navigate(url("/advising/engagements/new"));
            page.locator("#e-title").fill("Budget review with the 209th");
            page.locator("#e-date").fill("2020-06-01");
            page.locator("#e-duration").fill("0");
            page.locator("#e-place").fill("209th Corps headquarters");
            page.locator("#e-advisors").fill("Advisor DEU-EF5-1");
            page.locator("#e-areas").selectOption("EF5");
            page.locator("form.card button[type=submit]").click();
            assertThat(page.locator("#e-duration")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(page.locator("#e-duration + #error-durationMinutes")).hasText("fr".equals(language)
                    ? "La durée doit être comprise entre 1 et 1440 minutes"
                    : "Duration must be between 1 and 1440 minutes");
            assertThat(page.locator("#e-title")).hasValue("Budget review with the 209th");
            assertThat(page.locator("#e-duration")).hasValue("0");
            assertThat(page.locator("#e-areas")).hasValues(new String[] {"EF5"});
            Reader.seesOnlyWords(page);
        }
        Reader.inEnglish(page);
    }

    @Test
    void theHeatmapNamesEveryInstitutionWholeAndLabelsEveryColumnWithNoneThinAndEnoughApart(Page page) {
        page.setDefaultTimeout(45_000);
        page.context().clearCookies();
        Reader.signIn(page, port, "lead");
        page.navigate(url("/advising/coverage?asOf=2021-04-30"));
        assertThat(page.locator("#coverage-chart[data-rendered=true]")).hasCount(1);
        List<String> rows = page.locator("#coverage-table tbody th").allInnerTexts();
        List<String> columns = page.locator("#coverage-table thead th").allInnerTexts().subList(1,
                page.locator("#coverage-table thead th").count());
        Object drawn = page.evaluate("() => { const o = echarts.getInstanceByDom(document.getElementById("
                + "'coverage-chart')).getOption(); return { rows: o.yAxis[0].data, columns: o.xAxis[0].data, "
                + "rowEvery: o.yAxis[0].axisLabel.interval, columnEvery: o.xAxis[0].axisLabel.interval, "
                + "fits: o.grid[0].containLabel, bands: o.visualMap[0].pieces.map(p => p.label + ' ' + p.color), "
                + "ratings: o.series[0].label.show }; }");
        @SuppressWarnings("unchecked")
        Map<String, Object> option = (Map<String, Object>) drawn;
        assertThat(option.get("rows")).isEqualTo(rows);
        assertThat(option.get("columns")).isEqualTo(columns);
        assertThat(rows).contains("Afghan Special Security Forces (special operations)", "303rd police zone");
        assertThat(columns).contains("EF5 Sustainment", "Ops planning").doesNotContain("SF-OPS");
        assertThat(option.get("rowEvery")).isEqualTo(0);
        assertThat(option.get("columnEvery")).isEqualTo(0);
        assertThat(option.get("fits")).isEqualTo(true);
        assertThat(option.get("ratings")).isEqualTo(true);
        assertThat((List<?>) option.get("bands")).hasSize(3).doesNotHaveDuplicates();
        assertThat(page.locator("#coverage-legend")).containsText("No engagement");
        assertThat(page.locator("#coverage-legend")).containsText("Thin");
        assertThat(page.locator("#coverage-legend")).containsText("Enough");
        assertThat(page.locator("td.coverage-none").first()).isVisible();
        assertThat(page.locator("td.coverage-enough").first()).isVisible();
    }

    @Test
    void theProvisionalEntriesAreOfferedOnlyToThoseWhoMayOpenThem(Page page) {
        page.setDefaultTimeout(45_000);
        for (String username : List.of("advisor", "lead")) {
            page.context().clearCookies();
            Reader.signIn(page, port, username);
            page.navigate(url("/advising/engagements"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Provisional entries")).click();
            assertThat(page.locator("h1")).hasText("Provisional people and places");
        }
        page.context().clearCookies();
        Reader.signIn(page, port, "viewer");
        page.navigate(url("/advising/engagements"));
        assertThat(page.locator("nav.nav-tabs")).containsText("Engagements");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Provisional entries")))
                .hasCount(0);
    }

    int searchJanuary2020(Page page) {
        page.navigate(url("/advising/engagements"));
        field(page, "From").fill("2020-01-01");
        field(page, "Until").fill("2020-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Jan 2020");
        String total = page.locator("nav[aria-label=Pages] > span").first().innerText();
        return Integer.parseInt(total.substring(0, total.indexOf(" in all")).replaceAll("[^0-9]", ""));
    }

    static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    void signIn(Page page, String username) {
        page.context().clearCookies();
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
