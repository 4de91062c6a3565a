package org.resolute.kernel.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The language a page is in: the browser's languages for a new visitor, the header's switch remembered in this
 * browser (a cookie, no session), and for a signed-in user remembered with the account, whatever browser they
 * come back in.
 */
abstract class ReadersLanguageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetChoices() {
        jdbc.update("UPDATE app_user SET language = NULL WHERE username = 'viewer'");
    }

    @Test
    void aNewVisitorReadsInTheBrowsersLanguageAndEnglishOtherwise() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "fr-CA,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")))
                .andExpect(content().string(containsString("Aller au contenu")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE,es;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Skip to content")));
    }

    @Test
    void theSwitchIsRememberedInTheBrowserWithoutASession() throws Exception {
        MvcResult switched = mvc.perform(get("/language").param("to", "fr")
                        .header("Referer", "http://localhost/placemat?asOf=2020-10-31"))
                .andExpect(redirectedUrl("/placemat?asOf=2020-10-31"))
                .andExpect(cookie().value(LanguageResolver.COOKIE, "fr")).andReturn();
        assertThat(switched.getRequest().getSession(false)).as("no session for an anonymous visitor").isNull();

        mvc.perform(get("/login").header("Accept-Language", "en").cookie(new Cookie(LanguageResolver.COOKIE, "fr")))
                .andExpect(content().string(containsString("<html lang=\"fr\"")));
    }

    @Test
    void aLanguageResoluteDoesNotSpeakIsEnglishAndTheSwitchNeverSendsAwayFromResolute() throws Exception {
        mvc.perform(get("/language").param("to", "xx").header("Referer", "https://elsewhere.example/"))
                .andExpect(redirectedUrl("/")).andExpect(cookie().value(LanguageResolver.COOKIE, "en"));
    }

    @Test
    void aSignedInUsersChoiceFollowsTheAccount() throws Exception {
        var viewer = accounts.loadUserByUsername("viewer");
        mvc.perform(get("/language").param("to", "fr").with(user(viewer)).session(new MockHttpSession()))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'viewer'", String.class))
                .isEqualTo("fr");

        mvc.perform(get("/mission").with(user(viewer)).session(new MockHttpSession())
                        .header("Accept-Language", "en-GB"))
                .andExpect(content().string(containsString("<html lang=\"fr\"")));
    }
}

@OnH2
class ReadersLanguageOnH2Tests extends ReadersLanguageTests {
}

@OnPostgres
class ReadersLanguageOnPostgresTests extends ReadersLanguageTests {
}
