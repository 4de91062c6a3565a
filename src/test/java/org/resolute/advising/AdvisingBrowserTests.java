package org.resolute.advising;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * In Chromium: an advisor writes and submits a report, the lead returns it with a comment, the advisor fixes and
 * resubmits it, the lead approves it, and it appears in the rollup and moves the heatmap; a cleared and an
 * uncleared user run the same search and see different results.
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
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Advising").setExact(true)).click();
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
        assertThat(page.locator("#engagement-status")).containsText("DRAFT");
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
        assertThat(page.locator("#engagement-status")).containsText("SUBMITTED");

        signIn(page, "lead");
        page.navigate(report);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
        assertThat(page.locator("#engagement-status")).containsText("APPROVED");

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
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByText("No engagement matches.")).isVisible();
    }

    int searchJanuary2020(Page page) {
        page.navigate(url("/advising/engagements"));
        field(page, "From").fill("2020-01-01");
        field(page, "To").fill("2020-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("2020-01");
        return Integer.parseInt(page.locator("nav[aria-label=Pages] span span").first().innerText());
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
