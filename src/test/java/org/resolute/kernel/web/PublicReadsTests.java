package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Anonymous visitors read without a session: public pages and APIs and the redirect to the sign-in page write
 * nothing to the session table, so crawlers cannot fill it. What they read carries an ETag and a short public
 * Cache-Control, and a repeat with the ETag is answered 304; a signed-in reader's copy of the same path is not
 * cached, since they may see more.
 */
abstract class PublicReadsTests {

    private static final List<String> ANONYMOUS_READS = List.of("/placemat", "/transparency",
            "/public/governance", "/api/v1/placemat", "/api/v1/public/funds", "/funding",
            "/placemat?asOf=2020-10-31");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    /** The sign-in form itself is checked over real HTTP, in ServedErrorsTests: its CSRF token is MockMvc's here. */
    @Test
    void anonymousReadsCreateNoSession() throws Exception {
        long before = sessions();
        for (int visit = 0; visit < 5; visit++) {
            for (String path : ANONYMOUS_READS) {
                MvcResult read = mvc.perform(get(path)).andReturn();
                assertThat(read.getResponse().getStatus()).as(path).isIn(200, 302);
                assertThat(read.getResponse().getCookie("SESSION")).as(path + " sets no session cookie").isNull();
            }
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void publicReadsCanBeRevalidatedCheaply() throws Exception {
        MvcResult first = mvc.perform(get("/placemat"))
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andExpect(header().string("Vary", containsString("Accept-Language")))
                .andExpect(header().exists("ETag")).andReturn();
        String etag = first.getResponse().getHeader("ETag");

        MvcResult again = mvc.perform(get("/placemat").header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andReturn();
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();

        mvc.perform(get("/api/v1/placemat")).andExpect(header().exists("ETag"))
                .andExpect(header().string("Cache-Control", "public, max-age=60"));
    }

    @Test
    void aSignedInReadersCopyOfAPublicPageIsNotCached() throws Exception {
        mvc.perform(get("/placemat").with(user(accounts.loadUserByUsername("planner"))))
                .andExpect(header().string("Cache-Control", not(containsString("public"))))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void signingInAfterBeingSentToTheSignInPageLandsOnThePageAskedFor() throws Exception {
        MvcResult icon = mvc.perform(get("/favicon.svg").accept(MediaType.ALL)).andExpect(status().isOk()).andReturn();
        assertThat(icon.getResponse().getCookie("REDIRECT_URI")).as("the icon is no page to land on").isNull();
        MvcResult fragment = mvc.perform(get("/funding/pledges").accept(MediaType.TEXT_HTML)
                .header("HX-Request", "true")).andExpect(redirectedUrl("/login")).andReturn();
        assertThat(fragment.getResponse().getCookie("REDIRECT_URI")).as("nor an htmx request").isNull();

        MvcResult sent = mvc.perform(get("/funding/pledges").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login")).andReturn();
        Cookie[] remembered = sent.getResponse().getCookies();
        assertThat(remembered).extracting(Cookie::getName).contains("REDIRECT_URI").doesNotContain("SESSION");

        mvc.perform(post("/login").param("username", "viewer").param("password", "resolute-demo").with(csrf())
                        .cookie(remembered))
                .andExpect(redirectedUrl("http://localhost/funding/pledges"));
    }

    private long sessions() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
        return count == null ? 0 : count;
    }
}

@OnH2
class PublicReadsOnH2Tests extends PublicReadsTests {
}

@OnPostgres
class PublicReadsOnPostgresTests extends PublicReadsTests {
}
