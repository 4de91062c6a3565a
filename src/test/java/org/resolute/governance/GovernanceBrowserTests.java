package org.resolute.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator records a decision that sets a troop ceiling; the mission and the timeline show it. */
@InBrowser
class GovernanceBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aDecisionThatSetsANewCeilingAppearsInTheCeilingHistoryAndOnTheTimeline(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Governance").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decisions and commitments")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a decision")).click();

        LocalDate day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 21_900));
        String title = "Reduce the force to 6,543 troops " + day;
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Record a decision"));
        form.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true)).selectOption("DECISION");
        form.getByLabel("Decided on (optional)").fill(day.toString());
        form.getByLabel("What was decided, in a line").fill(title);
        form.getByLabel("What was decided, in the sources' words").fill("Allies decided to reduce the force.");
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("Browser test communiqué");
        form.getByLabel("Ceiling troops").fill("6543");
        form.getByLabel("Ceiling in force from").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();

        assertThat(page.locator("#governance-message")).containsText(title);
        Locator effect = page.locator("#decision-effects");
        assertThat(effect).containsText("Mission ceiling of 6,543 troops from " + day);
        effect.getByRole(AriaRole.LINK).first().click();

        page.locator("#filter-date").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator row = page.locator("#ceiling-history tbody tr").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).containsText("6,543");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Decision: the recorded decision")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();

        page.navigate("http://localhost:" + port + "/governance/timeline");
        Locator filter = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Filter the timeline"));
        filter.getByLabel("From").fill(day.toString());
        filter.getByLabel("Until").fill(day.toString());
        filter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.locator("#timeline")).containsText("Mission ceiling of 6,543 troops");
        assertThat(page.locator("#timeline")).containsText(title);
        assertThat(page.locator("#timeline-chart canvas")).isVisible();
    }
}
