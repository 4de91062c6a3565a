package org.resolute.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.resolute.support.InBrowser;
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
        page.getByLabel("Display name").fill("German analyst");
        page.getByLabel("VIEWER").check();
        page.getByLabel("Nation (ISO 3166 alpha-3)").fill("DEU");
        page.getByLabel("Clearance").selectOption("MISSION");
        page.getByLabel("Initial password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.locator("#form-error")).containsText("at least 12 characters");

        page.getByLabel("Initial password").fill("initial-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create user")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Created " + username);
        assertThat(page.locator("tbody")).containsText("German analyst");
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
