package org.resolute.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.resolute.support.InBrowser;

/** A force planner plans the drawdown to 11,000 in Chromium, watches it solve, compares it with the posture,
 * applies it and sees the posture change. */
@InBrowser
class PlannerBrowserTests {

    /** The day the plan takes effect: far from the demo's dates and every other test's. */
    static final String EFFECTIVE = "2042-03-01";

    @LocalServerPort
    int port;

    @Test
    void aDrawdownToElevenThousandSolvesWithLiveProgressComparesWithThePostureAndIsApplied(Page page) {
        signIn(page, "planner");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Planner").setExact(true)).click();
        page.getByLabel("Kind").selectOption("DRAWDOWN");
        page.getByLabel("Troop ceiling").fill("11000");
        page.getByLabel("Seconds to search").fill("5");
        page.getByLabel("Posture as of (optional)").fill("2020-10-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

        assertThat(page.locator("h1")).containsText("Drawdown to 11,000 troops");
        assertThat(page.locator("#plan-illustrative")).isVisible();
        assertThat(page.locator("#plan-status")).containsText("SOLVED",
                new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
        assertThat(page.locator("#plan-score")).containsText("no hard constraint broken");

        page.locator("#plan-result-link").click();
        var comparison = page.locator("#plan-versus-posture");
        assertThat(comparison).containsText("Current posture");
        int before = Integer.parseInt(comparison.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("Troops")).locator("td").nth(0).innerText().trim());
        int after = Integer.parseInt(comparison.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText("Troops")).locator("td").nth(1).innerText().trim());
        assertThat(before).isGreaterThan(15_000);
        assertThat(after).isLessThanOrEqualTo(11_000);
        assertThat(page.locator("#unmet tbody tr").first()).containsText("priority");
        assertThat(page.locator("#assignments")).containsText("WITHDRAWN");

        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        page.navigate(url("/planning"));
        page.locator("#compare-" + id).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the ticked plans")).click();
        assertThat(page.locator("#comparison")).containsText("Current posture");
        assertThat(page.locator("#comparison")).containsText("DRAWDOWN to 11000");

        page.navigate(url("/planning/" + id));
        page.getByLabel("Takes effect on").fill(EFFECTIVE);
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
        assertThat(page.locator("#plan-applied")).containsText("Applied from " + EFFECTIVE + " by planner");
        assertThat(asked[0]).contains("Apply this plan");
        assertThat(page.locator("#plan-status")).hasText("APPLIED");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)))
                .hasCount(0);

        page.locator("#applied-posture-link").click();
        assertThat(page.locator("#total-troops")).hasText(String.format(java.util.Locale.ROOT, "%,d", after));
    }

    @Test
    void aViewerReadsPlansButHasNoFormToStartOne(Page page) {
        signIn(page, "viewer");
        page.navigate(url("/planning"));
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))).hasCount(0);
    }

    void signIn(Page page, String username) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
