package org.resolute.dashboard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The front door in Chromium, in English and French: the public landing page, and the one view each family of
 * roles signs in to (planner, fund manager, donor, advising lead), with words only and money formatted.
 */
@InBrowser
class HomeBrowserTests {

    /** "USD 3,150,000,000" in English, "3 150 000 000 USD" in French (a narrow or plain no-break space). */
    private static final Pattern MONEY_EN = Pattern.compile("^USD[\\s\\u00a0]\\d{1,3}(,\\d{3})*$");
    private static final Pattern MONEY_FR = Pattern.compile("^\\d{1,3}([\\s\\u00a0\\u202f]\\d{3})*[\\s\\u00a0]USD$");

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorReadsTheLandingPageAndOpensThePublicPagesFromIt(Page page) {
        Reader.inEnglish(page);
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText("Resolute");
        assertThat(page.locator(".public-links")).isVisible();
        Reader.seesOnlyWords(page);
        page.locator("main .card a[href='/placemat']").click();
        page.waitForURL("**/placemat");

        Reader.inFrench(page);
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("main a[href='/login']")).hasText("Se connecter");
        assertThat(page.locator("main .card a[href='/public/governance']")).hasText("Décisions et réunions");
        Reader.seesOnlyWords(page);
        page.locator("main .card a[href='/public/governance']").click();
        page.waitForURL("**/public/governance");
    }

    @Test
    void aPlannerSeesTroopsAgainstTheCeilingAdvisingTheFundsAndGovernanceInBothLanguages(Page page) {
        for (boolean french : new boolean[] {false, true}) {
            home(page, "planner", french);
            assertThat(page.locator("#home-force svg polyline.value")).hasCount(1);
            assertThat(page.locator("#home-force svg path.limit")).hasCount(1);
            assertThat(page.locator("#home-force tbody tr").first()).isVisible();
            assertThat(page.locator("#home-advising tbody tr")).hasCount(4);
            assertThat(page.locator("#home-governance tbody tr").first()).isVisible();
            assertMoney(page.locator("#home-funding tbody td"), french);
            Reader.seesOnlyWords(page);
        }
        page.locator("#home-force a[href='/force/strength/charts']").click();
        page.waitForURL("**/force/strength/charts");
    }

    @Test
    void aFundManagerSeesEachFundsContributionsCommitmentsAndCashInBothLanguages(Page page) {
        for (boolean french : new boolean[] {false, true}) {
            home(page, "fundmanager", french);
            assertThat(page.locator("#home-funding tbody tr")).hasCount(4);
            assertMoney(page.locator("#home-funding .home-figure"), french);
            assertMoney(page.locator("#home-funding tbody td"), french);
            assertThat(page.locator("#home-donor")).hasCount(0);
            Reader.seesOnlyWords(page);
        }
    }

    @Test
    void aDonorSeesTheirContributionsAndWhereTheyWentButNoMissionWideFigures(Page page) {
        for (boolean french : new boolean[] {false, true}) {
            home(page, "donor", french);
            assertThat(page.locator("#home-donor h2"))
                    .containsText(french ? "Contributions de votre nation" : "Your nation’s contributions");
            assertThat(page.locator("#home-donor tbody tr").first()).isVisible();
            assertMoney(page.locator("#home-donor .home-figure"), french);
            assertThat(page.locator("#home-force, #home-funding, #home-advising")).hasCount(0);
            assertThat(page.locator("#home-governance")).isVisible();
            Reader.seesOnlyWords(page);
        }
    }

    @Test
    void anAdvisingLeadSeesTheReportsWaitingForApprovalAndWhereAdvisingIsThinnest(Page page) {
        for (boolean french : new boolean[] {false, true}) {
            home(page, "lead", french);
            assertThat(page.locator("#waiting")).containsText(french ? "en attente de votre approbation"
                    : "waiting for your approval");
            assertThat(page.locator("#home-advising tbody tr").first()).isVisible();
            Reader.seesOnlyWords(page);
        }
        page.locator("#waiting a").first().click();
        page.waitForURL(Pattern.compile(".*/advising/engagements\\?status=SUBMITTED$"));
    }

    private void home(Page page, String username, boolean french) {
        if (french) {
            Reader.inFrench(page);
        } else {
            Reader.inEnglish(page);
        }
        if (!page.url().startsWith(url("/"))) {
            Reader.signIn(page, port, username);
        }
        page.navigate(url("/"));
        assertThat(page.locator("h1")).hasText(french ? "Vue d’ensemble de la mission" : "Mission overview");
        assertThat(page.locator("html")).hasAttribute("lang", french ? "fr" : "en");
    }

    private static void assertMoney(Locator amounts, boolean french) {
        assertThat(amounts.first()).isVisible();
        for (String amount : amounts.allInnerTexts()) {
            if (amount.contains("USD")) {
                assertThat(amount.strip()).matches(french ? MONEY_FR : MONEY_EN);
            }
        }
        assertThat(amounts.allInnerTexts()).anyMatch(amount -> amount.contains("USD"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
