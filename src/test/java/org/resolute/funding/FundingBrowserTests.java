package org.resolute.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.resolute.funding.domain.Pledge;
import org.resolute.funding.domain.Pledges;
import org.resolute.funding.domain.Receipts;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The funding pages in Chromium, as a fund manager and an anonymous visitor read them, in English and French: the
 * main flow (pledge, Board confirmation, a receipt in euros, reconciliation, statement), words only (no code, key,
 * raw amount or cut identifier), money with its currency in the reader's format, and refused forms that come back
 * with the error next to the field, the input kept and the list's filters unchanged.
 */
@InBrowser
class FundingBrowserTests {

    private static final Pattern ENGLISH_USD = Pattern.compile("USD\\u00a0\\d{1,3}(,\\d{3})+");
    private static final Pattern FRENCH_USD = Pattern.compile("\\d{1,3}([\\u202f\\u00a0 ]\\d{3})+(,\\d{2})?\\u00a0USD");
    private static final Pattern OPEN = Pattern.compile(".*");
    private static final List<String> STAFF_PAGES = List.of("/funding", "/funding/pledges", "/funding/receipts",
            "/funding/reconciliation", "/funding/host-commitment");

    @LocalServerPort
    int port;

    @Test
    void aPledgeConfirmedAtABoardMeetingAndPaidInEurosShowsInTheReconciliationAndTheDonorStatement(Page page) {
        int year = 2030 + ThreadLocalRandom.current().nextInt(60);
        String meeting = "Test plenary number " + ThreadLocalRandom.current().nextInt(1_000_000);
        Reader.inEnglish(page);
        Reader.signIn(page, port, "fundmanager");
        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Funding").setExact(true)).click();
        assertThat(page.locator("#fund-status tr[data-fund=ANATF]")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pledges and Board meetings")).click();

        page.locator("#meeting summary").click();
        page.locator("#m-fund").selectOption("ANATF");
        page.getByLabel("Held on").fill("2020-11-20");
        page.getByLabel("Title").fill(meeting);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record meeting")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Board meeting recorded: " + meeting
                + ", 20 Nov 2020");

        page.locator("#announce summary").click();
        page.locator("#p-donor").selectOption("NLD");
        page.locator("#p-fund").selectOption("ANATF");
        page.getByLabel("First year").fill(Integer.toString(year));
        page.getByLabel("Amount a year").fill("1,000,000");
        page.locator("#p-currency").fill("EUR");
        page.getByLabel("Announced on").fill("2020-11-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pledge announced: Netherlands to ANATF, "
                + "EUR\u00a01,000,000 a year, " + year);

        Locator row = page.locator("#pledges tbody tr").filter(new Locator.FilterOptions()
                .setHasText(Integer.toString(year)));
        assertThat(row.locator(".pledge-status")).hasText("Announced");
        assertThat(row).containsText("Netherlands");
        row.locator("select[name=boardMeeting]").selectOption(new SelectOption().setLabel("20 Nov 2020: " + meeting));
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("confirmed at the Board meeting of 20 Nov 2020");
        assertThat(page.locator("#pledges tbody tr").filter(new Locator.FilterOptions()
                .setHasText(Integer.toString(year))).locator(".pledge-status")).hasText("Confirmed");

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
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("EUR\u00a0600,000.00 = USD\u00a0684,000.00");

        page.navigate(url("/funding/reconciliation?donor=NLD&fund=ANATF&year=" + year));
        assertThat(page).hasTitle("Reconciliation \u00b7 Resolute");
        Locator line = page.locator("#reconciliation tbody tr[data-year='" + year + "']");
        assertThat(line).containsText("Netherlands");
        assertThat(line).containsText("EUR\u00a01,000,000");
        assertThat(line).containsText("EUR\u00a0600,000");
        assertThat(line.locator(".shortfall")).hasText("EUR\u00a0400,000");
        assertThat(page.locator("#reconciliation-totals tr[data-currency=EUR]")).containsText("EUR\u00a0400,000");
        Reader.seesOnlyWords(page);

        String statement = page.locator("#statement").getAttribute("href");
        APIResponse pdf = page.request().get(url(statement));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aPledgeAmountOfAbcIsRefusedNextToItsFieldWithTheInputAndTheListsFiltersKept(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "fundmanager");
        page.navigate(url("/funding/pledges?donor=FIN&fund=LOTFA"));
        page.locator("#announce summary").click();
        page.locator("#p-donor").selectOption("JPN");
        page.locator("#p-fund").selectOption("ASFF");
        page.getByLabel("First year").fill("2031");
        page.getByLabel("Amount a year").fill("abc");
        page.locator("#p-currency").fill("XYZ");
        page.getByLabel("Announced on").fill("2020-11-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Announce")).click();

        assertThat(page).hasURL(Pattern.compile(".*/funding/pledges\\?donor=FIN&fund=LOTFA$"));
        assertThat(page.locator("#announce")).hasAttribute("open", OPEN);
        assertThat(page.locator("#p-amount")).hasValue("abc");
        assertThat(page.locator("#p-amount")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#error-amount")).hasText("Enter a number, such as 1250000.50");
        assertThat(page.locator("#p-currency")).hasValue("XYZ");
        assertThat(page.locator("#error-currency")).containsText("\u201cXYZ\u201d is not a currency code");
        assertThat(page.locator("#p-first")).hasValue("2031");
        assertThat(page.locator("#p-date")).hasValue("2020-11-20");
        assertThat(page.locator("#p-donor")).hasValue("JPN");
        assertThat(page.locator("#p-fund")).hasValue("ASFF");
        assertThat(page.locator("#f-donor")).hasValue("FIN");
        assertThat(page.locator("#f-fund")).hasValue("LOTFA");
        assertThat(page.locator("#pledges tbody tr")).not().hasCount(0);
        assertThat(page.locator("#pledges")).not().containsText("2031");
        Reader.seesOnlyWords(page);
    }

    @Test
    void aBoardMeetingWithoutATitleIsRefusedInFrenchNextToTheTitleWithTheDateKept(Page page) {
        Reader.signIn(page, port, "fundmanager");
        Reader.inFrench(page);
        page.navigate(url("/funding/pledges?fund=LOTFA"));
        page.locator("#meeting summary").click();
        page.locator("#m-fund").selectOption("LOTFA");
        page.getByLabel("Tenue le").fill("2020-12-03");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la r\u00e9union")).click();

        assertThat(page).hasURL(Pattern.compile(".*/funding/pledges\\?fund=LOTFA$"));
        assertThat(page.locator("#meeting")).hasAttribute("open", OPEN);
        assertThat(page.locator("#m-title")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#error-title")).hasText("Remplissez ce champ");
        assertThat(page.locator("#m-date")).hasValue("2020-12-03");
        assertThat(page.locator("#m-fund")).hasValue("LOTFA");
        assertThat(page.locator("#announce")).not().hasAttribute("open", OPEN);
        assertThat(page.locator("#p-currency")).hasValue("USD");
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Veuillez corriger");

        page.locator("#announce summary").click();
        page.getByLabel("Premi\u00e8re ann\u00e9e").fill("2032");
        page.getByLabel("Montant annuel").fill("1 250 000,50");
        page.locator("#p-currency").fill("EUR");
        page.getByLabel("Annonc\u00e9e le").fill("1990-01-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annoncer").setExact(true)).click();
        assertThat(page.locator("#p-amount")).hasValue("1 250 000,50");
        assertThat(page.locator("#error-announcedOn")).containsText("Aucun taux de change pour EUR au 1990-01-01");
        Reader.seesOnlyWords(page);
    }

    @Test
    void everyFundingPageReadsAsWordsWithFormattedMoneyInEnglishAndFrench(Page page) {
        List<String> scriptErrors = new ArrayList<>();
        page.onPageError(scriptErrors::add);
        Reader.signIn(page, port, "fundmanager");
        for (String language : List.of("en", "fr")) {
            if ("fr".equals(language)) {
                Reader.inFrench(page);
            } else {
                Reader.inEnglish(page);
            }
            Pattern usd = "fr".equals(language) ? FRENCH_USD : ENGLISH_USD;
            for (String path : STAFF_PAGES) {
                page.navigate(url(path));
                assertThat(page.locator("html")).hasAttribute("lang", language);
                Reader.seesOnlyWords(page);
                assertThat(page.locator("main")).containsText(usd);
            }
            page.navigate(url("/funding"));
            for (String chart : List.of("#chart-donors", "#chart-pledged", "#chart-cumulative")) {
                assertThat(page.locator(chart)).hasAttribute("data-rendered", "true");
            }
            page.navigate(url("/funding/reconciliation"));
            assertThat(page).hasTitle(("fr".equals(language) ? "Rapprochement" : "Reconciliation")
                    + " \u00b7 Resolute");
            assertThat(page.locator("#reconciliation tbody tr")).hasCount(25);
            assertThat(page.locator("#reconciliation-total-usd")).containsText(usd);
            assertThat(page.locator("nav.d-flex .pagination")).isVisible();
        }
        assertThat(scriptErrors).isEmpty();
    }

    @Test
    void anAnonymousVisitorReadsTheTransparencyPageWithAmountsStatusesAndSourcesThatOpen(Page page) {
        for (String language : List.of("en", "fr")) {
            if ("fr".equals(language)) {
                Reader.inFrench(page);
            } else {
                Reader.inEnglish(page);
            }
            page.navigate(url("/transparency?asOf=2020-10-05"));
            Reader.seesOnlyWords(page);
            assertThat(page.locator("nav.public-links a[aria-current=page]")).hasAttribute("href", "/transparency");
            assertThat(page.locator("#public-funds tr[data-fund=ANATF]")).containsText(
                    "fr".equals(language) ? FRENCH_USD : ENGLISH_USD);
            Locator pledge = page.locator("#public-pledges tbody tr").filter(new Locator.FilterOptions()
                    .setHasText("United Kingdom"));
            if ("en".equals(language)) {
                assertThat(pledge).containsText("GBP\u00a070,000,000");
                assertThat(pledge.locator(".pledge-status")).hasText("Confirmed");
            } else {
                assertThat(pledge).containsText(Pattern.compile("70[\u202f\u00a0 ]000[\u202f\u00a0 ]000\u00a0GBP"));
                assertThat(pledge.locator(".pledge-status")).hasText("Confirm\u00e9e");
            }
            assertThat(page.locator("#public-pledges a[href*='source=S38']")).isVisible();
            assertThat(page.locator("#source-S38 a")).hasAttribute("href", Pattern.compile("^https://"));
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
