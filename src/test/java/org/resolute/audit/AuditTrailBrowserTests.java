package org.resolute.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo auditor signs in, reads the trail and verifies the chain in a real browser. */
@InBrowser
class AuditTrailBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAuditorSeesTheTrailAndFindsTheChainIntact(Page page) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("#username").fill("auditor");
        page.locator("#password").fill("resolute-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
        assertThat(page.locator("tr.audit-entry").first()).isVisible();
        // Browser tests share one database and run in any order: the newest entry may be any module's.
        page.getByLabel("Module").fill("identity");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.locator("tr.audit-entry").first()).containsText("identity");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();

        assertThat(page.locator("#verification")).containsText("Chain intact");
        assertThat(page.locator("#verification")).containsText("entries checked");
    }
}
