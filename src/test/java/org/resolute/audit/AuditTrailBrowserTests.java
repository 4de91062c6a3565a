package org.resolute.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo auditor reads the trail in a real browser, in English and French: modules, actions and kinds of record
 * by name, a count that says where it stops counting, records linked to their pages, a refused filter explained
 * next to its field, and the chain verified.
 */
@InBrowser
class AuditTrailBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAuditorSeesTheTrailAndFindsTheChainIntact(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "auditor");
        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit trail")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail"))).isVisible();
        assertThat(page).hasTitle("Audit trail · Resolute");
        assertThat(page.locator("tr.audit-entry").first()).isVisible();
        assertThat(page.locator("#entry-count")).hasText("More than 1,000 entries (not counted further)");
        Reader.seesOnlyWords(page);

        page.getByLabel("Module").selectOption("identity");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true)).click();
        assertThat(page.locator("tr.audit-entry td.audit-module").first()).hasText("Users and access");
        assertThat(page.locator("#entry-count")).hasText(Pattern.compile("^\\d+ entries$"));
        Reader.seesOnlyWords(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear")).click();
        page.getByLabel("Kind of record").selectOption("Engagement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter").setExact(true)).click();
        page.locator("a.audit-record-link").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/advising/engagements/[0-9a-f-]{36}$"));

        page.navigate("http://localhost:" + port + "/audit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();
        assertThat(page.locator("#verification")).containsText("Chain intact");
        assertThat(page.locator("#verification")).containsText("entries checked");
    }

    @Test
    void anAuditorReadsTheTrailInFrenchAndARefusedPeriodIsExplainedNextToItsField(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "auditor");
        page.navigate("http://localhost:" + port + "/audit");

        assertThat(page.locator("h1")).hasText("Journal d’audit");
        assertThat(page.locator("#entry-count")).hasText("Plus de 1\u202f000 entrées (décompte arrêté)");
        Reader.seesOnlyWords(page);

        page.getByLabel("Du", new Page.GetByLabelOptions().setExact(true)).fill("2020-05-01");
        page.getByLabel("Au", new Page.GetByLabelOptions().setExact(true)).fill("2020-04-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page.locator("#filter-error"))
                .containsText("Au\u00a0: La fin de la période ne peut pas précéder son début");
        assertThat(page.locator("#filter-until")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#filter-until")).hasValue("2020-04-01");
        assertThat(page.locator("#filter-from")).hasValue("2020-05-01");
        Reader.seesOnlyWords(page);
    }
}
