package org.resolute.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
import org.resolute.support.Reader;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator manages users, and a user manages their own tokens, in a real browser. */
@InBrowser
class UserAdministrationBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesAUserWhoMustChooseANewPasswordAndCanLaterBeDisabled(Page page) {
        String username = "analyst" + System.nanoTime() % 100000;
        signIn(page, "admin", "resolute-demo");
        page.navigate(url("/admin/users"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("German analyst");
        page.getByLabel("Viewer").check();
        page.getByLabel("Nation (three-letter ISO code, such as GBR)").fill("DEU");
        page.getByLabel("Clearance").selectOption("MISSION");
        page.getByLabel("Initial password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.locator("#error-password")).hasText("Password must be at least 12 characters");
        assertThat(page.locator("#password")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.getByLabel("Username")).hasValue(username);
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("German analyst");
        assertThat(page.getByLabel("Viewer")).isChecked();
        assertThat(page.locator("#nation")).hasValue("DEU");

        page.getByLabel("Initial password").fill("initial-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Created " + username);
        assertThat(page.locator("tbody")).containsText("German analyst");
        assertThat(page.locator("tbody")).containsText("Germany");
        Reader.seesOnlyWords(page);
        signOut(page);

        signIn(page, username, "initial-password-1");
        assertThat(page).hasURL(Pattern.compile(".*/account/password"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("one-time password");
        page.getByLabel("Current password").fill("initial-password-1");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("my-own-password-1");
        page.getByLabel("New password again").fill("my-own-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your password is changed");
        signIn(page, username, "my-own-password-1");
        assertThat(page.locator("#signed-in-as")).containsText("Signed in as " + username);
        signOut(page);

        signIn(page, "admin", "resolute-demo");
        page.navigate(url("/admin/users?q=" + username));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(username)).click();
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable user")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Disabled " + username);
        signOut(page);

        signIn(page, username, "my-own-password-1");
        assertThat(page.locator("#login-error")).containsText("Wrong username or password");
    }

    @Test
    void aUserCreatesATokenSeenOnceAndRevokesItAfterConfirming(Page page) {
        signIn(page, "planner", "resolute-demo");
        page.navigate(url("/account"));
        page.getByLabel("Token name").fill("strength import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(page.locator("#token-secret")).containsText("rsl_");
        page.reload();
        assertThat(page.locator("#token-secret")).hasCount(0);

        var row = page.locator("tr", new Page.LocatorOptions().setHasText("strength import")).first();
        page.onceDialog(dialog -> dialog.dismiss());
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(row).containsText("Active");
        page.onceDialog(dialog -> dialog.accept());
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Revoke"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Revoked the token");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("strength import")).first())
                .containsText("Revoked");
    }

    @Test
    void theUserPagesReadInFrenchAndARefusedUserFormKeepsWhatWasTyped(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "admin");
        page.navigate(url("/admin/users"));
        assertThat(page.locator("h1")).hasText("Utilisateurs");
        assertThat(page.locator("#user-list")).containsText("Représentant de donateur");
        assertThat(page.locator("#user-list")).containsText("Royaume-Uni");
        assertThat(page.locator("#user-list")).containsText("Toute la mission");
        Reader.seesOnlyWords(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvel utilisateur")).click();
        page.getByLabel("Nom d’utilisateur").fill("donateur" + System.nanoTime() % 100000);
        page.getByLabel("Représentant de donateur").check();
        page.getByLabel("Mot de passe initial").fill("initial-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l’utilisateur")).click();
        assertThat(page.locator("#error-nation")).hasText(
                "Un représentant de donateur appartient à une nation donatrice : indiquez-la");
        assertThat(page.locator("#nation")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.getByLabel("Représentant de donateur")).isChecked();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Veuillez corriger");
        Reader.seesOnlyWords(page);

        page.navigate(url("/admin/users?q=viewer"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("viewer").setExact(true)).click();
        page.getByLabel("Nation (code ISO à trois lettres, par exemple GBR)").fill("XX");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#error-nation")).containsText("« XX »");
        assertThat(page.locator("#nation")).hasValue("XX");
    }

    @Test
    void theAccountPageReadsInFrenchAndARefusedPasswordOrTokenIsExplainedByItsField(Page page) {
        Reader.inFrench(page);
        Reader.signIn(page, port, "auditor");
        page.navigate(url("/account"));
        assertThat(page.locator("h1")).hasText("Votre compte");
        assertThat(page.locator("#account-facts")).containsText("Auditeur");
        assertThat(page.locator("#account-facts")).containsText("Toute la mission");
        assertThat(page.locator("#language-choice")).containsText("comme le demande votre navigateur");
        Reader.seesOnlyWords(page);
        page.getByLabel("Nom du jeton").fill(" ");
        page.getByLabel("Nom du jeton").evaluate("field => field.removeAttribute('required')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le jeton")).click();
        assertThat(page.locator("#error-name")).hasText("Donnez au jeton un nom de 1 à 80 caractères");
        assertThat(page.locator("#token-name")).hasClass(Pattern.compile("is-invalid"));

        page.navigate(url("/account/password"));
        page.getByLabel("Mot de passe actuel").fill("not-the-password");
        page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("another-password-1");
        page.getByLabel("Nouveau mot de passe, à nouveau").fill("another-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe")).click();
        assertThat(page.locator("#error-currentPassword")).hasText("Le mot de passe actuel est erroné");
        assertThat(page.locator("#currentPassword")).hasClass(Pattern.compile("is-invalid"));
        assertThat(page.locator("#currentPassword")).hasValue("");
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
