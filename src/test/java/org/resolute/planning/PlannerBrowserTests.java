package org.resolute.planning;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.resolute.support.InBrowser;
import org.resolute.support.Reader;

/**
 * A force planner plans the drawdown to 11,000 in Chromium: watches its progress move while it solves, reads its
 * summary first and its long lists a page at a time, compares it with the posture, applies it and sees the
 * posture change; in English and in French, every word a word and every figure formatted.
 */
@InBrowser
class PlannerBrowserTests {

    /** The day the plan takes effect: far from the demo's dates and every other test's. */
    static final String EFFECTIVE = "2042-03-01";
    /** How long a solve may take to finish on a busy machine: the solver's limit is a few seconds. */
    static final LocatorAssertions.ContainsTextOptions SOLVED = new LocatorAssertions.ContainsTextOptions()
            .setTimeout(120_000);

    @LocalServerPort
    int port;

    @Test
    void aDrawdownShowsItsProgressMovingThenItsSummaryFirstAndIsApplied(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "planner");
        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Planner").setExact(true)).click();
        Reader.seesOnlyWords(page);
        page.getByLabel("Kind").selectOption("DRAWDOWN");
        page.getByLabel("Troop ceiling").fill("11000");
        page.getByLabel("Seconds to search").fill("12");
        page.getByLabel("Posture as of (optional)").fill("2020-10-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

        assertThat(page.locator("h1")).hasText("Drawdown to 11,000 as of 31 Oct 2020");
        assertThat(page).hasTitle("Drawdown to 11,000 as of 31 Oct 2020 · Resolute");
        assertThat(page.locator("#plan-status")).containsText("Solving", SOLVED);
        String spent = page.locator("#plan-elapsed").innerText();
        assertThat(page.locator("#plan-elapsed")).not().hasText(spent, new LocatorAssertions.HasTextOptions()
                .setTimeout(30_000));
        assertThat(page.locator("#plan-score")).containsText("rules broken; coverage", SOLVED);
        assertThat(page.locator("#plan-status")).containsText("Solved", SOLVED);

        assertThat(page.locator("#plan-score")).containsText("0 rules broken; coverage 89.4% → ");
        assertThat(page.locator("#plan-troops")).containsText("15,937 → ");
        assertThat(page.locator("#plan-rules")).hasText("none");
        assertThat(page.locator("#plan-lost")).containsText("teams withdrawn");
        assertThat(page.locator("#plan-illustrative")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show the result")))
                .hasCount(0);
        int height = height(page);
        System.out.println("Planner: the page of the drawdown to 11,000 is " + height + " pixels high");
        assertThat(height).isLessThan(4_000);
        assertThat(page.locator("#unmet tbody tr")).hasCount(20);
        assertThat(page.locator("#unmet tbody tr").first()).containsText("Priority 1");
        Reader.seesOnlyWords(page);
        photograph(page, "planner-plan-en");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Teams (")).click();
        page.getByLabel("What the plan does").selectOption("WITHDRAWN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator teams = page.locator("#assignments tbody tr");
        assertThat(teams).hasCount(20);
        for (int row = 0; row < 20; row++) {
            assertThat(teams.nth(row).locator("td").nth(2)).hasText("Withdrawn");
        }
        assertThat(teams.first().locator("td").first()).containsText(", team ");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator("nav[aria-label='Pages']").first()).containsText("page 2 of");
        assertThat(page.getByLabel("What the plan does")).hasValue("WITHDRAWN");
        Reader.seesOnlyWords(page);

        String id = path(page).substring("/planning/".length());
        page.navigate(url("/planning"));
        page.locator("#compare-" + id).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the ticked plans")).click();
        assertThat(page.locator("#comparison")).containsText("Current posture");
        assertThat(page.locator("#comparison")).containsText("Drawdown to 11,000 as of 31 Oct 2020");
        assertThat(page.locator("#comparison")).containsText("0 rules broken; coverage");
        Reader.seesOnlyWords(page);

        page.navigate(url("/planning/" + id));
        page.getByLabel("Takes effect on").fill("2020-10-31");
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
        assertThat(page.locator("#error-effective")).hasText(
                "The plan starts from the posture of 2020-10-31: choose a later date");
        assertThat(page.getByLabel("Takes effect on")).hasValue("2020-10-31");
        assertThat(page.getByLabel("Takes effect on")).hasClass(java.util.regex.Pattern.compile("is-invalid"));

        page.getByLabel("Takes effect on").fill(EFFECTIVE);
        String[] asked = new String[1];
        page.onceDialog(dialog -> {
            asked[0] = dialog.message();
            dialog.accept();
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
        assertThat(page.locator("#plan-applied")).containsText("Applied from 1 Mar 2042 by planner");
        assertThat(asked[0]).startsWith("Apply this plan").contains("troops as the force");
        assertThat(page.locator("#plan-status")).hasText("Applied");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)))
                .hasCount(0);
        String after = page.locator("#plan-troops").innerText().replaceAll(".*→ ", "").trim();

        page.locator("#applied-posture-link").click();
        assertThat(page.locator("#total-troops")).hasText(after);
    }

    @Test
    void aPlannerReadsThePlannerInFrenchAndARefusedFormKeepsWhatWasTyped(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "planner");
        page.navigate(url("/planning"));
        assertThat(page.locator("h1")).hasText("Planificateur");
        Reader.seesOnlyWords(page);

        page.getByLabel("Plafond d’effectifs").fill("onze mille");
        page.getByLabel("Durée de recherche (secondes)").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer")).click();
        assertThat(page.locator("#error-troopCeiling"))
                .hasText("Saisissez un plafond d’effectifs entier supérieur à 0");
        assertThat(page.getByLabel("Plafond d’effectifs")).hasValue("onze mille");
        assertThat(page.getByLabel("Plafond d’effectifs")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.getByLabel("Durée de recherche (secondes)")).hasValue("4");

        page.getByLabel("Plafond d’effectifs").fill("11000");
        page.getByLabel("Dispositif au (facultatif)").fill("2020-10-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lancer")).click();
        assertThat(page.locator("h1")).hasText("Réduction à 11\u202f000 au 31 oct. 2020");
        assertThat(page.locator("#plan-status")).containsText("Calculé", SOLVED);
        assertThat(page.locator("#plan-score")).containsText("0 règle enfreinte\u00a0; couverture 89,4\u00a0% → ");
        assertThat(page.locator("#plan-troops")).containsText("15\u202f937 → ");
        assertThat(page.locator("#plan-rules")).hasText("aucune");
        Reader.seesOnlyWords(page);
        photograph(page, "planner-plan-fr");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Équipes (")).click();
        assertThat(page.locator("#assignments tbody tr").first()).containsText(", équipe ");
        Reader.seesOnlyWords(page);

        page.navigate(url("/planning"));
        assertThat(page.locator("#plans tbody tr").first()).containsText("Réduction à 11\u202f000 au 31 oct. 2020");
        Reader.seesOnlyWords(page);
    }

    @Test
    void aViewerReadsPlansButHasNoFormToStartOne(Page page) {
        Reader.signIn(page, port, "viewer");
        page.navigate(url("/planning"));
        assertThat(page.locator("h1")).hasText("Planner");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))).hasCount(0);
        Reader.seesOnlyWords(page);
    }

    /**
     * A plan's page has no fixed address for scripts/screenshots.sh, so this test photographs it when asked to
     * ({@code -Dresolute.screenshots=folder}).
     */
    private static void photograph(Page page, String name) {
        String folder = System.getProperty("resolute.screenshots");
        if (folder != null) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(java.nio.file.Path.of(folder, name + ".png")));
        }
    }

    private static int height(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).intValue();
    }

    private static String path(Page page) {
        return java.net.URI.create(page.url()).getPath();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
