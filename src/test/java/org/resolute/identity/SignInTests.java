package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.UserProfile;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.resolute.kernel.Viewers;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in with the form: right and wrong passwords, and the lock after repeated failures. */
abstract class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration administration;

    @Autowired
    Users users;

    @Test
    void theDemoAccountsSignInWithTheDocumentedPassword() throws Exception {
        mvc.perform(formLogin().user("viewer").password("resolute-demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearReason() throws Exception {
        mvc.perform(formLogin().user("viewer").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(get("/login").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password")));
    }

    @Test
    void fiveFailedSignInsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        String username = "lockme" + System.nanoTime() % 100000;
        Viewers.runAs(Viewer.SYSTEM, () -> administration.create(new UserProfile(username, "Lock me",
                Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION), "correct-horse-battery"));
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin().user(username).password("wrong-5")).andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(formLogin().user(username).password("correct-horse-battery"))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(users.findByUsername(username).orElseThrow().isLockedAt(Instant.now())).isTrue();
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This account is locked after")));
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String username = "gone" + System.nanoTime() % 100000;
        Viewers.runAs(Viewer.SYSTEM, () -> {
            var user = administration.create(new UserProfile(username, null, Set.of(Role.VIEWER), Optional.empty(),
                    Classification.MISSION), "correct-horse-battery");
            administration.disable(user.id(), user.version(), "admin");
        });
        mvc.perform(formLogin().user(username).password("correct-horse-battery"))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aNewUserMustChangeTheInitialPasswordBeforeAnythingElse() throws Exception {
        String username = "fresh" + System.nanoTime() % 100000;
        Viewers.runAs(Viewer.SYSTEM, () -> administration.create(new UserProfile(username, null,
                Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION), "initial-password-1"));
        var session = mvc.perform(formLogin().user(username).password("initial-password-1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").cookie(session))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("problem+json")));
    }
}

@OnH2
class SignInOnH2Tests extends SignInTests {
}

@OnPostgres
class SignInOnPostgresTests extends SignInTests {
}
