package org.resolute.reference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A signed-in viewer looks up which nations were Allies on a date, in Chromium. */
@InBrowser
class ReferenceBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theDemoViewerFiltersNationsToAlliesOnADateAndSeesNorthMacedonia(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("viewer");
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Reference data")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nations")))
                .isVisible();
        page.getByLabel("NATO status").selectOption("ALLY");
        page.getByLabel("On date").fill("2020-06-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("North Macedonia"));
        assertThat(row).containsText("Ally");
        assertThat(row).containsText("27 Mar 2020");
        assertThat(row).containsText("S72");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Pages"))).containsText("30 in all · page 1 of 2");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Next"))
                .click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Pages"))).containsText("page 2 of 2");
    }
}
