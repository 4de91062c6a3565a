package org.resolute.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fund manager's main flow in Chromium: pledge, Board confirmation, a receipt in euros, reconciliation, statement. */
@InBrowser
class FundingBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aPledgeConfirmedAtABoardMeetingAndPaidInEurosShowsInTheReconciliationAndTheDonorStatement(Page page) {
        int year = 2030 + ThreadLocalRandom.current().nextInt(60);
        String meeting = "Test plenary " + UUID.randomUUID().toString().substring(0, 8);
        signIn(page, "fundmanager");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Funding").setExact(true)).click();
        assertThat(page.locator("#fund-status tr[data-fund=ANATF]")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pledges and Board meetings")).click();

        page.locator("#meeting summary").click();
        page.locator("#m-fund").selectOption("ANATF");
        page.getByLabel("Held on").fill("2020-11-20");
        page.getByLabel("Title").fill(meeting);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record meeting")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Board meeting recorded");

        page.locator("#announce summary").click();
        page.locator("#p-donor").selectOption("NLD");
        page.locator("#p-fund").selectOption("ANATF");
        page.getByLabel("First year").fill(Integer.toString(year));
        page.getByLabel("Amount a year").fill("1000000");
        page.locator("#p-currency").fill("EUR");
        page.getByLabel("Announced on").fill("2020-11-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pledge announced");

        Locator row = page.locator("#pledges tbody tr").filter(new Locator.FilterOptions()
                .setHasText(Integer.toString(year)));
        assertThat(row.locator(".pledge-status")).hasText("ANNOUNCED");
        row.locator("select[name=boardMeeting]").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("2020-11-20 " + meeting));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pledge confirmed");
        assertThat(page.locator("#pledges tbody tr").filter(new Locator.FilterOptions()
                .setHasText(Integer.toString(year))).locator(".pledge-status")).hasText("CONFIRMED");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Receipts").setExact(true)).click();
        page.locator("#record-receipt summary").click();
        page.locator("#r-donor").selectOption("NLD");
        page.locator("#r-fund").selectOption("ANATF");
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Record a receipt"));
        form.getByLabel("Pledge year").fill(Integer.toString(year));
        form.getByLabel("Amount").fill("600000");
        form.getByLabel("Currency").fill("EUR");
        form.getByLabel("Value date").fill("2020-12-01");
        form.getByLabel("Bank reference").fill("NL-" + year);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("600000.00 EUR = 684000.00 USD");

        page.navigate(url("/funding/reconciliation?donor=NLD&fund=ANATF&year=" + year));
        Locator line = page.locator("#reconciliation tbody tr[data-year='" + year + "']");
        assertThat(line).containsText("1,000,000.00");
        assertThat(line).containsText("600000.00 EUR");
        assertThat(line.locator(".shortfall")).hasText("400,000.00");

        String statement = page.locator("#statement").getAttribute("href");
        APIResponse pdf = page.request().get(url(statement));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void anAnonymousVisitorSeesThePublicTotalsAndTheUnitedKingdomsPledge(Page page) {
        page.navigate(url("/transparency?asOf=2020-10-05"));
        assertThat(page.locator("#public-funds tr[data-fund=ANATF]")).containsText("3,2");
        assertThat(page.locator("#public-pledges")).containsText("70000000.00 GBP");
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
