package org.resolute.mission;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A force planner records a mission ceiling on the ceilings page, in Chromium, and a bad one is refused. */
@InBrowser
class CeilingsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void thePlannerRecordsAMissionCeilingAndSeesItInTheHistoryAndABadOneIsRefusedWithTheReason(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("planner");
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mission").setExact(true)).click();
        assertThat(page.locator("#mission-launch")).containsText("1 Jan 2015");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Troop ceilings")).click();
        assertThat(page.locator("#ceiling-chart canvas")).isVisible();

        LocalDate from = CeilingRecordingTests.freshDay();
        page.locator("#record summary").click();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Record a ceiling"));
        form.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true)).selectOption("MISSION");
        form.getByLabel("Troops").fill("8765");
        form.getByLabel("In force from").fill(from.toString());
        form.getByLabel("Basis: the decision or mandate").fill("Browser test reduction " + from);
        form.getByLabel("Decision reference (optional)").fill("Ministerial meeting " + from);
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("S63");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record ceiling")).click();

        assertThat(page.locator("#ceiling-message")).containsText("Mission ceiling of 8,765 troops recorded, in force "
                + "from " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(from) + ".");
        Locator row = page.locator("#ceiling-history tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Browser test reduction " + from));
        assertThat(row).containsText("8,765");
        assertThat(row).containsText("Mission ceiling");
        assertThat(row).containsText("Decision: Ministerial meeting " + from);
        assertThat(row).containsText("exact");

        page.locator("#record summary").click();
        form.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true)).selectOption("NATIONAL_CAP");
        form.getByLabel("Troops").fill("400");
        form.getByLabel("In force from").fill(from.toString());
        form.getByLabel("Basis: the decision or mandate").fill("A cap without its nation");
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("S75");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record ceiling")).click();

        assertThat(page.locator("#error-nation")).containsText("A national cap needs the nation");
        assertThat(page.locator("#nation")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.locator("#ceiling-history")).not().containsText("A cap without its nation");
    }
}
