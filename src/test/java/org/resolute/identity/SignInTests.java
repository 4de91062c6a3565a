package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.SecurityProperties;
import org.resolute.identity.domain.User;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-in with the form: right and wrong passwords, one answer for every failure, and the growing waits after
 * repeated failures per account and per client address, which end by themselves and leave access tokens alone.
 */
abstract class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration administration;

    @Autowired
    Users users;

    @Autowired
    AccessTokens tokens;

    @Autowired
    SecurityProperties properties;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

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
    void afterFiveFailedSignInsTheAccountWaitsAndItsAttemptsAnswerLikeAnUnknownName() throws Exception {
        String username = newUser("waitme");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(username).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        User waiting = users.findByUsername(username).orElseThrow();
        assertThat(waiting.isLockedAt(Instant.now())).as("the fifth failure starts a wait").isTrue();
        mvc.perform(formLogin().user(username).password("correct-horse-battery"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(formLogin().user("nobody" + username).password("correct-horse-battery"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        assertThat(users.findByUsername(username).orElseThrow().failedLogins())
                .as("an attempt refused while waiting is not counted and does not lengthen the wait").isEqualTo(5);
        assertThat(users.findByUsername(username).orElseThrow().lockedUntil()).isEqualTo(waiting.lockedUntil());
    }

    @Test
    void lockedUnknownDisabledAndWrongPasswordSignInsAllAnswerTheFormAlike() throws Exception {
        String waiting = newUser("alike");
        jdbc.update("UPDATE app_user SET locked_until = :until WHERE username = :username",
                Map.of("until", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1), "username", waiting));
        String disabled = newUser("alikeoff");
        Viewers.runAs(Viewer.SYSTEM, () -> {
            var user = users.findByUsername(disabled).orElseThrow();
            administration.disable(user.id(), user.version(), "admin");
        });
        List<String> answers = new ArrayList<>();
        for (String[] attempt : List.of(new String[] {waiting, "correct-horse-battery"},
                new String[] {"unknown" + waiting, "correct-horse-battery"},
                new String[] {disabled, "correct-horse-battery"}, new String[] {"viewer", "not-the-password"})) {
            answers.add(mvc.perform(formLogin().user(attempt[0]).password(attempt[1]))
                    .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl());
        }
        assertThat(answers).containsOnly("/login?error=credentials");
        mvc.perform(get("/login").param("error", "credentials"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Wrong username or password")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "locked"))));
    }

    @Test
    void theWaitEndsByItselfAndTheRightPasswordThenSignsInAndClearsTheCount() throws Exception {
        String username = newUser("backoff");
        for (int attempt = 1; attempt <= 6; attempt++) {
            jdbc.update("UPDATE app_user SET locked_until = NULL WHERE username = :username",
                    Map.of("username", username));
            mvc.perform(formLogin().user(username).password("wrong-" + attempt));
        }
        assertThat(users.findByUsername(username).orElseThrow().failedLogins()).isEqualTo(6);
        jdbc.update("UPDATE app_user SET locked_until = :past WHERE username = :username",
                Map.of("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), "username", username));
        mvc.perform(formLogin().user(username).password("correct-horse-battery")).andExpect(redirectedUrl("/"));
        User signedIn = users.findByUsername(username).orElseThrow();
        assertThat(signedIn.failedLogins()).isZero();
        assertThat(signedIn.lockedUntil()).isEmpty();
    }

    @Test
    void anAddressWithTooManyFailuresWaitsWhateverTheAccountWhileOtherAddressesSignInAsUsual() throws Exception {
        String attacker = "192.0.2." + (System.nanoTime() % 200 + 1);
        for (int attempt = 1; attempt <= properties.throttle().addressAttempts(); attempt++) {
            mvc.perform(signIn("spray" + attempt + "x" + attacker, "guess", attacker))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(signIn("viewer", "resolute-demo", attacker)).andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(signIn("viewer", "resolute-demo", "198.51.100.7")).andExpect(redirectedUrl("/"));
        assertThat(users.findByUsername("viewer").orElseThrow().isLockedAt(Instant.now()))
                .as("spraying many names locks none of them").isFalse();
        jdbc.update("UPDATE sign_in_address SET blocked_until = :past WHERE address = :address",
                Map.of("past", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), "address", attacker));
        mvc.perform(signIn("viewer", "resolute-demo", attacker)).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_address WHERE address = :address",
                Map.of("address", attacker), Long.class)).as("a sign-in clears its address's count").isZero();
    }

    @Test
    void noStringOfFailuresLocksAnAccountForGoodNorCostsItsAccessTokens() throws Exception {
        String username = newUser("chief");
        jdbc.update("UPDATE app_user SET must_change_password = FALSE WHERE username = :username",
                Map.of("username", username));
        String secret = tokens.issue(users.findByUsername(username).orElseThrow().id(), "automation").secret();
        for (int attempt = 1; attempt <= 30; attempt++) {
            jdbc.update("UPDATE app_user SET locked_until = NULL WHERE username = :username",
                    Map.of("username", username));
            mvc.perform(signIn(username, "wrong-" + attempt, "203.0.113." + attempt));
        }
        Instant until = users.findByUsername(username).orElseThrow().lockedUntil().orElseThrow();
        assertThat(until).as("the wait grows to the longest delay, never beyond")
                .isBeforeOrEqualTo(Instant.now().plus(properties.throttle().accountLongestDelay()));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
    }

    @Test
    void twentyConcurrentFailedSignInsAreAllAnsweredWithoutExhaustingTheConnectionPool() throws Exception {
        String username = newUser("crowd");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String address = "198.18.0." + (i + 1);
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(signIn(username, "wrong", address)).andReturn().getResponse()
                            .getRedirectedUrl();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("/login?error=credentials");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private String newUser(String prefix) {
        String username = prefix + System.nanoTime() % 100000;
        Viewers.runAs(Viewer.SYSTEM, () -> administration.create(new UserProfile(username, "Test " + prefix,
                Set.of(Role.VIEWER), Optional.empty(), Classification.MISSION), "correct-horse-battery"));
        return username;
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
                .andExpect(redirectedUrl("/login?error=credentials"));
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
