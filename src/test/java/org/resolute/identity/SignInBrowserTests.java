package org.resolute.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resolute.kernel.Role;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out in a real browser, as each demo role. */
@InBrowser
class SignInBrowserTests {

    /** The links each role must find in the main navigation, and the ones it must not. */
    static final Map<Role, List<String>> EXPECTED = Map.of(
            Role.ADMIN, List.of("Users", "Reference data"),
            Role.AUDITOR, List.of("Audit trail", "Reference data"));

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachDemoRoleSignsInAndSeesItsNavigation(Role role, Page page) {
        String username = DemoUsernames.of(role);
        signIn(page, username, "resolute-demo");
        assertThat(page.locator("#signed-in-as")).containsText("Signed in as " + username);
        Locator navigation = page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION,
                new Page.GetByRoleOptions().setName("Main navigation"));
        for (String link : EXPECTED.getOrDefault(role, List.of())) {
            assertThat(navigation.getByText(link, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        assertThat(navigation.getByText("Reference data", new Locator.GetByTextOptions().setExact(true)))
                .isVisible();
        if (role != Role.ADMIN) {
            assertThat(navigation.getByText("Users", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        }
        if (role != Role.AUDITOR) {
            assertThat(navigation.getByText("Audit trail", new Locator.GetByTextOptions().setExact(true)))
                    .hasCount(0);
        }
    }

    @Test
    void focusIsClearlyVisibleOnTheDarkNavigationBar(Page page) {
        Reader.signIn(page, port, "viewer");
        page.navigate(url("/mission"));
        Locator brand = page.locator(".navbar-brand");
        for (int tab = 0; tab < 10 && !Boolean.TRUE.equals(brand.evaluate("e => e === document.activeElement"));
                tab++) {
            page.keyboard().press("Tab");
        }
        assertThat(brand).isFocused();
        Map<?, ?> ring = (Map<?, ?>) brand.evaluate("e => { const s = getComputedStyle(e); "
                + "return {style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor}; }");
        org.assertj.core.api.Assertions.assertThat(ring.get("style")).isEqualTo("solid");
        org.assertj.core.api.Assertions.assertThat(ring.get("width")).isEqualTo("3px");
        org.assertj.core.api.Assertions.assertThat(ring.get("color")).as("amber against the navy bar")
                .isEqualTo("rgb(255, 191, 71)");
    }

    @Test
    void everyStylesheetAndScriptOfAPageLoads(Page page) {
        List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(response -> {
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });
        signIn(page, "admin", "resolute-demo");
        page.navigate(url("/admin/users"));
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        org.assertj.core.api.Assertions.assertThat(failed).isEmpty();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("typeof htmx")).isEqualTo("object");
        assertThat(page.locator("nav.navbar")).hasCSS("display", "flex");
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots/users.png"))
                .setFullPage(true));
    }

    @Test
    void theApiDocumentationRendersUnderTheContentSecurityPolicy(Page page) {
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        signIn(page, "viewer", "resolute-demo");
        page.navigate(url("/swagger-ui.html"));
        assertThat(page.getByText("/api/v1/me").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndTheUsernameKept(Page page) {
        signIn(page, "viewer", "wrong-password");
        assertThat(page.locator("#login-error")).containsText("Wrong username or password");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error=credentials"));
        assertThat(page.locator("#username")).hasValue("viewer");
        assertThat(page.locator("#password")).hasValue("");
        assertThat(page.locator("#password")).isFocused();
        page.reload();
        assertThat(page.locator("#username")).hasValue("");
    }

    @Test
    void theSignInPageReadsInFrenchWithTheDemoAccountsByRoleNameAndNoSignInLinkInTheHeader(Page page) {
        Reader.inFrench(page);
        page.navigate(url("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page).hasTitle("Connexion · Resolute");
        assertThat(page.locator("h1")).hasText("Se connecter à Resolute");
        Locator accounts = page.locator("#demo-account-list");
        assertThat(accounts).containsText("Représentant de donateur");
        assertThat(accounts).containsText("Royaume-Uni");
        assertThat(accounts).containsText("Diffusion restreinte");
        assertThat(accounts).containsText("Toute la mission");
        assertThat(page.locator("header a[href$='/login'], nav a[href$='/login']")).hasCount(0);
        Reader.seesOnlyWords(page);
        page.locator("#username").fill("donor");
        page.locator("#password").fill("wrong-password");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page.locator("#login-error")).containsText("Nom d’utilisateur ou mot de passe erroné");
        assertThat(page.locator("#username")).hasValue("donor");
        Reader.inEnglish(page);
        page.navigate(url("/login"));
        assertThat(page.locator("#demo-account-list")).containsText("Donor representative");
        assertThat(page.locator("#demo-account-list")).containsText("United Kingdom");
        Reader.seesOnlyWords(page);
    }

    @Test
    void signingOutEndsTheSession(Page page) {
        signIn(page, "planner", "resolute-demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("signed out");
        page.navigate(url("/account"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login"));
    }

    @Test
    void aViewerOpeningAnAdminPageIsForbidden(Page page) {
        signIn(page, "viewer", "resolute-demo");
        Response response = page.navigate(url("/admin/users"));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Not allowed");
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
