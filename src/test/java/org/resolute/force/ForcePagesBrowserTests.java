package org.resolute.force;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.resolute.force.domain.Placemat;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The force, mission and reference pages as their readers see them in Chromium, in English and in French: words
 * only (no code, key, raw figure or cut identifier), nations, commands and places by name, troops formatted, the
 * maps' labels clear of each other, the strength charts on a time axis, and each form's refusal next to its field
 * with what was typed kept.
 */
@InBrowser
class ForcePagesBrowserTests {

    private static final List<String> STAFF_PAGES = List.of("/force/strength", "/force/strength/charts",
            "/force/strength/nations/GBR", "/force/requirements", "/force/requirements/gaps", "/force/caveats",
            "/mission", "/mission/commands", "/mission/ceilings", "/reference/nations", "/reference/nations/MKD",
            "/reference/contributors", "/reference/currencies", "/reference/sources");

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void everyPageOfTheAreaShowsOnlyWordsInEnglishAndInFrench(Page page) {
        Reader.signIn(page, port, "planner");
        for (boolean french : new boolean[] {false, true}) {
            if (french) {
                Reader.inFrench(page);
            } else {
                Reader.inEnglish(page);
            }
            for (String path : STAFF_PAGES) {
                page.navigate(url(path));
                assertThat(page.locator("html")).hasAttribute("lang", french ? "fr" : "en");
                if (path.equals("/reference/sources")) {
                    // source S02's title quotes the file it cites, "20191022_2019-10-RSM-Placemat.pdf", as published
                    assertThat(Reader.notWords(page)).as(path).allMatch("20191022"::equals);
                } else {
                    Reader.seesOnlyWords(page);
                }
            }
        }
    }

    @Test
    void theStrengthFormsRefusalSitsNextToItsFieldAtTheTopWithTheInputKeptInBothLanguages(Page page) {
        Reader.signIn(page, port, "planner");
        Reader.inEnglish(page);
        page.navigate(url("/force/strength"));
        assertThat(page.locator("h1")).hasText("Strength reports");
        refuseNegativeTroops(page);
        Locator troops = page.locator("#r-troops");
        assertThat(page.locator("#error-troops")).hasText("Troops cannot be fewer than 0");
        assertThat(troops).hasClass(Pattern.compile("is-invalid"));
        assertThat(troops).hasValue("-5");
        assertThat(page.locator("#r-source")).hasValue("NOR contingent report");
        assertThat(troops).isInViewport();
        assertThat(page.locator("#error-troops")).isInViewport();

        Reader.inFrench(page);
        page.navigate(url("/force/strength"));
        assertThat(page.locator("h1")).hasText("Comptes rendus d’effectifs");
        refuseNegativeTroops(page);
        assertThat(page.locator("#error-troops")).hasText("Les effectifs ne peuvent être inférieurs à 0");
        assertThat(page.locator("#r-troops")).hasValue("-5");
        assertThat(page.locator("#r-nation")).hasValue("NOR");
        assertThat(page.locator("#error-troops")).isInViewport();
        Reader.seesOnlyWords(page);
    }

    private static void refuseNegativeTroops(Page page) {
        page.locator("#record summary").click();
        page.locator("#r-nation").selectOption("NOR");
        page.locator("#r-command").selectOption("RSHQ");
        page.locator("#r-location").selectOption("KABUL");
        page.locator("#r-date").fill("2037-05-01");
        page.locator("#r-troops").fill("-5");
        page.locator("#r-source").fill("NOR contingent report");
        page.locator("#record button[type=submit]").click();
    }

    @Test
    void thePublicPlacematNamesCommandsFormatsTroopsAndKeepsItsMapLabelsApartInBothLanguages(Page page) {
        Reader.inEnglish(page);
        page.navigate(url("/placemat?date=2021-02-01"));
        assertThat(page.locator("#total-troops")).hasText("9,592");
        assertThat(page.locator("nav.public-links")).isVisible();
        assertThat(page.locator("g[data-command=TAAC-N]")).containsText("Train Advise Assist Command - North");
        assertThat(page.locator("g[data-command=TAAC-N]")).containsText("lead Germany");
        assertThat(page.locator("tr[data-nation=USA]")).containsText("2,500");
        Reader.seesOnlyWords(page);
        assertThat(overlaps(page, "#main svg text.map-label")).isEmpty();

        Reader.inFrench(page);
        page.navigate(url("/placemat?date=2021-02-01"));
        assertThat(page.locator("h1")).hasText("Mission Resolute Support : faits et chiffres clés");
        String total = page.locator("#total-troops").innerText();
        assertThat(total).matches("9\\D592").doesNotContain(",");
        assertThat(page.locator("g[data-command=TAAC-N]")).containsText("nation cadre : Germany");
        Reader.seesOnlyWords(page);
        assertThat(overlaps(page, "#main svg text.map-label")).isEmpty();
    }

    @Test
    void theCommandsMapWritesKabulBagramAndFobGamberiApart(Page page) {
        Reader.signIn(page, port, "viewer");
        page.navigate(url("/mission/commands"));
        Locator labels = page.locator("#location-map text.map-label");
        assertThat(labels.filter(new Locator.FilterOptions().setHasText("Bagram Airfield"))).hasCount(1);
        assertThat(labels.filter(new Locator.FilterOptions().setHasText("FOB Gamberi"))).hasCount(1);
        assertThat(overlaps(page, "#location-map text.map-label")).isEmpty();
        assertThat(page.locator("#commands")).containsText("Kabul Security Force");
        assertThat(page.locator("#commands")).not().containsText("TAAC-N");
    }

    @Test
    void theStrengthChartsSpaceReportDatesByTimeAndSpeakTheReadersLanguage(Page page) {
        Reader.signIn(page, port, "viewer");
        Reader.inFrench(page);
        page.navigate(url("/force/strength/charts"));
        for (String chart : new String[] {"chart-drawdown", "chart-nations", "chart-locations", "chart-largest"}) {
            assertThat(page.locator("#" + chart)).hasAttribute("data-rendered", "true");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> drawdown = (Map<String, Object>) page.evaluate("() => { const option = "
                + "echarts.getInstanceByDom(document.getElementById('chart-drawdown')).getOption();"
                + "return { axis: option.xAxis[0].type, legend: option.series.map(s => s.name).join('|') }; }");
        assertThat(drawdown).containsEntry("axis", "time").containsEntry("legend",
                "Effectifs totaux|Plafond de la mission");
        Object nations = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('chart-nations'))"
                + ".getOption().series.map(s => s.name).join('|')");
        assertThat((String) nations).contains("United States").contains("Autres nations").doesNotContain("USA");
    }

    @Test
    void aRefusedCeilingAndARefusedRequirementKeepTheirInputWithTheErrorAtTheFieldInFrench(Page page) {
        Reader.signIn(page, port, "planner");
        Reader.inFrench(page);
        page.navigate(url("/mission/ceilings"));
        page.locator("#record summary").click();
        page.locator("#troops").fill("12000");
        page.locator("#from").fill("2031-03-01");
        page.locator("#until").fill("2031-02-01");
        page.locator("#basis").fill("Décision du Conseil");
        page.locator("#source").fill("S63");
        page.locator("#record button[type=submit]").click();
        assertThat(page.locator("#error-until")).hasText("Le dernier jour d’application précède le premier");
        assertThat(page.locator("#until")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#troops")).hasValue("12000");
        assertThat(page.locator("#basis")).hasValue("Décision du Conseil");
        Reader.seesOnlyWords(page);

        page.navigate(url("/force/requirements/new"));
        page.locator("#reference").fill(RequirementsTests.reference());
        page.locator("#capability").fill("Équipe de conseillers");
        page.locator("#quantity").fill("12");
        page.locator("#from").fill("2020-06-01");
        page.locator("#until").fill("2020-01-01");
        page.locator("#main form button[type=submit]").click();
        assertThat(page.locator("#error-until")).hasText("La date « Au » précède la date « Du »");
        assertThat(page.locator("#capability")).hasValue("Équipe de conseillers");
        assertThat(page.locator("#quantity")).hasValue("12");
        Reader.seesOnlyWords(page);
    }

    /** The pairs of texts of different labels whose boxes, as the browser lays them out, overlap. */
    private static List<String> overlaps(Page page, String selector) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> boxes = (List<Map<String, Object>>) page.evaluate("selector => "
                + "[...document.querySelectorAll(selector)].map(t => { const b = t.getBoundingClientRect();"
                + " return { text: t.textContent, group: [...t.parentNode.parentNode.children].indexOf(t.parentNode),"
                + " left: b.left, top: b.top, right: b.right, bottom: b.bottom }; })",
                selector);
        assertThat(boxes).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> a = boxes.get(i);
                Map<String, Object> b = boxes.get(j);
                boolean apart = number(a, "right") <= number(b, "left") || number(b, "right") <= number(a, "left")
                        || number(a, "bottom") <= number(b, "top") || number(b, "bottom") <= number(a, "top");
                if (!apart && !a.get("group").equals(b.get("group"))) {
                    found.add(a.get("text") + " / " + b.get("text"));
                }
            }
        }
        return found;
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }
}
