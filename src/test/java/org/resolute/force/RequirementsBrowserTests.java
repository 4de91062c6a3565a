package org.resolute.force;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.Offer;
import org.resolute.force.domain.Requirements;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The force planner records a requirement and offers against it in Chromium; a national caveat refuses one. */
@InBrowser
class RequirementsBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anOfferForbiddenByACaveatIsRefusedWithTheRuleShownThenAValidOfferFillsTheRequirement(Page page) {
        signIn(page, "planner");
        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Requirements").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Requirements (CJSOR)")))
                .isVisible();
        assertThat(page.getByText("the real Combined Joint Statement of Requirements (CJSOR)")).isVisible();

        String reference = RequirementsTests.reference();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New requirement")).click();
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Capability").fill("Advisor team, 205th Corps logistics");
        page.getByLabel("Activity").selectOption("ADVISING");
        page.getByLabel("Command").selectOption("TAAC-S");
        page.getByLabel("Location").selectOption("KANDAHAR");
        page.getByLabel("Quantity (people)").fill("20");
        page.getByLabel("From").fill("2020-01-01");
        page.getByLabel("Until").fill("2020-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record requirement")).click();
        assertThat(page.locator("h1")).containsText(reference);
        Locator fill = page.locator("#fill");
        assertThat(fill).containsText("Gap");

        page.getByLabel("Nation").selectOption("DEU");
        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("20");
        page.getByLabel("Status").selectOption("ACCEPTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record offer")).click();
        Locator refusal = page.locator("#error-nation");
        assertThat(refusal).containsText("Germany: forces may serve only in regions North, Capital (caveat C-DEU-1)");
        assertThat(refusal).containsText("KANDAHAR is in region South");
        assertThat(page.locator("#fill")).containsText("Gap");
        assertThat(page.getByText("No offer you may see has been made")).isVisible();

        page.getByLabel("Nation").selectOption("USA");
        page.getByLabel("Quantity", new Page.GetByLabelOptions().setExact(true)).fill("20");
        page.getByLabel("Status").selectOption("ACCEPTED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record offer")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Offer of 20 from United States recorded.");
        assertThat(page.locator("#fill")).containsText("Filled");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("United States")))
                .containsText("Accepted");

        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("United States"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Withdraw")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Offer of 20 from United States withdrawn.");
        assertThat(page.locator("#fill")).containsText("Gap");
    }

    @Test
    void aViewerSeesTheGapsAndTheCaveatsInWordsButNoForms(Page page) {
        signIn(page, "viewer");
        page.navigate(url("/force/requirements/gaps"));
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("CJSOR-");
        page.navigate(url("/force/caveats?nation=ITA"));
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("C-ITA-1")))
                .containsText("Serves only in the regions West, Capital");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("C-ITA-1")))
                .containsText("Italy");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add caveat"))).hasCount(0);
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
