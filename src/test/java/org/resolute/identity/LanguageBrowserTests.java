package org.resolute.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reader's language in Chromium: a French browser gets French pages without signing in; the header's switch
 * turns a page to English and back; and a signed-in user's choice goes with the account, so it holds in another
 * browser that asks for English.
 */
@InBrowser
class LanguageBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The choice a test made stays with the demo account otherwise, and would outweigh other tests' browsers. */
    @AfterEach
    void forgetTheChoice() {
        jdbc.update("UPDATE app_user SET language = NULL WHERE username = 'partnership'");
    }

    @Test
    void anAnonymousFrenchBrowserGetsFrenchPages(Page page) {
        Reader.inFrench(page);
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Se connecter à Resolute");
        Reader.seesOnlyWords(page);
        page.navigate(url("/public/governance"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Réunions et décisions");
        Reader.seesOnlyWords(page);
    }

    @Test
    void theHeaderSwitchTurnsThePageToEnglishAndBackOnTheSamePage(Page page) {
        Reader.inFrench(page);
        page.navigate(url("/public/governance"));
        assertThat(page.locator("h1")).hasText("Réunions et décisions");

        choose(page, "English");
        assertThat(page).hasURL(url("/public/governance"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Meetings and decisions");
        page.navigate(url("/login"));
        assertThat(page.locator("h1")).hasText("Sign in to Resolute");

        choose(page, "Français");
        assertThat(page).hasURL(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Se connecter à Resolute");
    }

    @Test
    void aSignedInUsersChoiceIsRememberedWithTheAccountInAnotherBrowser(Page page) {
        Reader.inEnglish(page);
        Reader.signIn(page, port, "partnership");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Your account");
        choose(page, "Français");
        assertThat(page.locator("h1")).hasText("Votre compte");
        assertThat(page.locator("#language-choice")).containsText("votre choix, conservé avec votre compte");
        Reader.signOut(page);

        Browser browser = page.context().browser();
        try (BrowserContext elsewhere = browser.newContext(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Accept-Language", "en-GB,en;q=0.9")))) {
            Page other = elsewhere.newPage();
            other.navigate(url("/login"));
            assertThat(other.locator("h1")).hasText("Sign in to Resolute");
            Reader.signIn(other, port, "partnership");
            other.navigate(url("/account"));
            assertThat(other.locator("html")).hasAttribute("lang", "fr");
            assertThat(other.locator("h1")).hasText("Votre compte");
            Reader.seesOnlyWords(other);

            choose(other, "English");
            assertThat(other).hasURL(url("/account"));
            assertThat(other.locator("h1")).hasText("Your account");
            assertThat(other.locator("#language-choice")).containsText("your choice, kept with your account");
        }
    }

    /** Chooses a language with the header's switch, whatever its controls are (buttons or links). */
    private static void choose(Page page, String language) {
        page.locator(".language-switch").getByText(language, new Locator.GetByTextOptions().setExact(true)).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
