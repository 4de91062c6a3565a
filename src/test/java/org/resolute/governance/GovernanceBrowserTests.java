package org.resolute.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Governance in Chromium: an administrator records a decision that sets a troop ceiling, which the mission and the
 * timeline show; every governance page reads in English and in French with words only (no code, key or raw
 * figure); each form refused shows its error next to the field, the field outlined and what was typed kept.
 */
@InBrowser
class GovernanceBrowserTests {

    /**
     * The timeline of every kind but partnership activities, whose kinds the partnership module names (its display
     * names come with that module's own bundle).
     */
    private static final String TIMELINE = "/governance/timeline?kind=MEETING&kind=DECISION&kind=CEILING"
            + "&kind=STRENGTH&kind=MISSION";

    @LocalServerPort
    int port;

    @Test
    void aDecisionThatSetsANewCeilingAppearsInTheCeilingHistoryAndOnTheTimeline(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "admin");

        page.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Governance").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decisions and commitments")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a decision")).click();

        LocalDate day = freshDay();
        String title = "Reduce the force to 6,543 troops " + day;
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Record a decision"));
        form.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true)).selectOption("DECISION");
        form.getByLabel("Decided on (optional)").fill(day.toString());
        form.getByLabel("What was decided, in a line").fill(title);
        form.getByLabel("What was decided, in the sources’ words").fill("Allies decided to reduce the force.");
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("Browser test communiqué");
        form.getByLabel("Ceiling troops").fill("6543");
        form.getByLabel("Ceiling in force from").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Recorded the decision “" + title + "”");
        Locator effect = page.locator("#decision-effects");
        assertThat(effect).containsText("Mission ceiling of 6,543 troops from " + day);
        Reader.seesOnlyWords(page);
        effect.getByRole(AriaRole.LINK).first().click();

        page.locator("#filter-date").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator row = page.locator("#ceiling-history tbody tr").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).containsText("6,543");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Decision: the recorded decision")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();

        page.navigate(url("/governance/timeline"));
        Locator filter = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Filter the timeline"));
        filter.getByLabel("From").fill(day.toString());
        filter.getByLabel("Until").fill(day.toString());
        filter.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.locator("#timeline")).containsText("Mission ceiling of 6,543 troops");
        assertThat(page.locator("#timeline")).containsText(title);
        assertThat(page.locator("#timeline-chart canvas")).isVisible();
    }

    @Test
    void everyGovernancePageReadsInEnglishWithWordsOnly(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "admin");
        readsWordsOnly(page, "/governance", "Meetings", "Summit");
        readsWordsOnly(page, "/governance/decisions", "Decisions and commitments", "Commitment");
        readsWordsOnly(page, "/governance/reviews", "Conditions reviews", "Strength against ceiling");
        readsWordsOnly(page, TIMELINE, "Timeline", "Troop ceiling");
        assertThat(legend(page)).isEqualTo("Mission ceiling|Troops reported|Meetings and decisions");
        page.navigate(url("/governance/decisions"));
        page.locator("#decision-list tbody a").first().click();
        assertThat(page.locator("#decision-facts")).containsText("Kind");
        Reader.seesOnlyWords(page);
        page.navigate(url("/governance"));
        page.locator("#meeting-list tbody a").first().click();
        assertThat(page.locator("#meeting-facts")).containsText("Place");
        Reader.seesOnlyWords(page);
        page.navigate(url("/governance/legal"));
        assertThat(page.locator("#legal-register")).containsText("30 Sep 2014");
    }

    @Test
    void everyGovernancePageReadsInFrenchWithWordsOnly(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "viewer");
        readsWordsOnly(page, "/governance", "Réunions", "Sommet");
        readsWordsOnly(page, "/governance/decisions", "Décisions et engagements", "Engagement");
        readsWordsOnly(page, "/governance/reviews", "Revues des conditions", "Effectifs par rapport au plafond");
        readsWordsOnly(page, TIMELINE, "Chronologie", "Plafond d’effectifs");
        assertThat(legend(page)).isEqualTo("Plafond de la mission|Effectifs déclarés|Réunions et décisions");
        assertThat(page.evaluate("echarts.getInstanceByDom(document.getElementById('timeline-chart'))"
                + ".getOption().yAxis[0].axisLabel.formatter(16000)")).isEqualTo("16\u202f000");
        page.navigate(url("/governance/decisions"));
        page.locator("#decision-list tbody a").first().click();
        assertThat(page.locator("#decision-facts")).containsText("Décidé le");
        Reader.seesOnlyWords(page);
        page.navigate(url("/governance/legal"));
        assertThat(page.locator("h1")).hasText("Cadre juridique");
        assertThat(page.locator("#legal-register")).containsText("30 sept. 2014");
    }

    @Test
    void thePublicGovernancePageReadsInBothLanguagesAndLinksTheOtherPublicPages(Page page) {
        Reader.inFrench(page);
        page.navigate(url("/public/governance"));
        assertThat(page.locator("h1")).hasText("Réunions et décisions");
        assertThat(page.locator(".public-meeting").first()).isVisible();
        Locator links = page.locator("nav.public-links");
        assertThat(links.locator("[aria-current=page]")).hasText("Décisions et réunions");
        assertThat(links.getByRole(AriaRole.LINK)).hasCount(4);
        Reader.seesOnlyWords(page);
        Reader.inEnglish(page);
        page.navigate(url("/public/governance"));
        assertThat(page.locator("h1")).hasText("Meetings and decisions");
        assertThat(page.locator(".public-meeting a").first()).isVisible();
        Reader.seesOnlyWords(page);
    }

    @Test
    void aRefusedMeetingShowsTheErrorByTheFieldKeepsTheInputAndTheListsFilters(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "admin");
        page.navigate(url("/governance?kind=SUMMIT"));
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Enregistrer une réunion"));
        form.getByLabel("Intitulé").fill("Sommet refusé");
        form.getByLabel("Premier jour").fill("2018-07-12");
        form.getByLabel("Dernier jour (facultatif)").fill("2018-07-11");
        form.getByLabel("Lieu").fill("Bruxelles");
        form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).fill("S1");
        form.getByRole(AriaRole.BUTTON).click();

        assertThat(page).hasURL(url("/governance?kind=SUMMIT"));
        assertThat(page.locator("#endsOn")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#error-endsOn")).hasText("Le dernier jour (2018-07-11) précède le premier (2018-07-12)");
        assertThat(page.locator("#title")).hasValue("Sommet refusé");
        assertThat(page.locator("#place")).hasValue("Bruxelles");
        assertThat(page.locator("#filter-kind")).hasValue("SUMMIT");
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Veuillez corriger");
    }

    @Test
    void refusedDecisionReviewInstrumentAndEffectFormsShowTheErrorByTheFieldWithTheInputKept(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "admin");
        page.navigate(url("/governance/decisions/new"));
        page.locator("#kind").selectOption("REAFFIRMATION");
        page.locator("#decidedOn").fill("2021-01-01");
        page.locator("#title").fill("A reaffirmation of nothing");
        page.locator("#text").fill("Allies reaffirmed.");
        page.locator("#source").fill("S1");
        page.locator("#ceilingTroops").fill("7000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
        assertThat(page.locator("#error-reaffirms")).hasText("Name the commitment this reaffirms");
        assertThat(page.locator("#reaffirms")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#title")).hasValue("A reaffirmation of nothing");
        assertThat(page.locator("#text")).hasValue("Allies reaffirmed.");
        assertThat(page.locator("#kind")).hasValue("REAFFIRMATION");
        assertThat(page.locator("#ceilingTroops")).hasValue("7000");

        Reader.inFrench(page);
        page.navigate(url("/governance/reviews"));
        page.locator("#reviewedOn").fill("2020-06-01");
        page.locator("#title").fill("Revue sans indicateur");
        page.locator("#withStrength").uncheck();
        page.locator("#assessment").fill("Conditions inchangées.");
        page.locator("#source").fill("S2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la revue")).click();
        assertThat(page.locator("#error-indicators")).hasText(
                "Une revue consigne au moins un indicateur : remplissez une ligne ou calculez les effectifs");
        assertThat(page.locator("#title")).hasValue("Revue sans indicateur");
        assertThat(page.locator("#assessment")).hasValue("Conditions inchangées.");
        assertThat(page.locator("#withStrength")).not().isChecked();

        page.navigate(url("/governance/legal"));
        page.locator("#title").fill("Accord modifié");
        page.locator("#parties").fill("OTAN ; Afghanistan");
        page.locator("#signedOn").fill("2021-01-10");
        page.locator("#ratifiedOn").fill("2021-01-01");
        page.locator("#provisions").fill("une disposition");
        page.locator("#source").fill("S3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’instrument")).click();
        assertThat(page.locator("#ratifiedOn")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#error-ratifiedOn")).isVisible();
        assertThat(page.locator("#title")).hasValue("Accord modifié");
        assertThat(page.locator("#provisions")).hasValue("une disposition");

        page.navigate(url("/governance/decisions"));
        page.locator("#decision-list tbody a").first().click();
        page.locator("#effect-kind").selectOption("OTHER");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relier").setExact(true)).click();
        assertThat(page.locator("#error-summary")).hasText("Dites en mots ce que la décision a changé");
        assertThat(page.locator("#effect-summary")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#effect-kind")).hasValue("OTHER");
        assertThat(page.locator("#horizon-summary")).hasValue("");
    }

    /** The chart's series as its legend names them, read from the chart itself (it draws on a canvas). */
    private static Object legend(Page page) {
        page.locator("#timeline-chart canvas").waitFor();
        return page.evaluate("echarts.getInstanceByDom(document.getElementById('timeline-chart')).getOption()"
                + ".series.map(series => series.name).join('|')");
    }

    private void readsWordsOnly(Page page, String path, String heading, String aCodeInWords) {
        page.navigate(url(path));
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator("main")).containsText(aCodeInWords);
        Reader.seesOnlyWords(page);
    }

    private static LocalDate freshDay() {
        return LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 21_900));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
