package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resolute.identity.domain.Users;
import org.resolute.support.PostgresDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh production installation on PostgreSQL: Flyway makes the schema, there is no demo account, and the one
 * administrator's random password is printed once and must be changed at first sign-in.
 */
@ExtendWith({PostgresDatabase.class, OutputCaptureExtension.class})
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("production")
@ContextConfiguration(initializers = PostgresDatabase.FreshInstallation.class)
class FirstAdministratorTests {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password ([A-Za-z0-9]+)");

    @Autowired
    Users users;

    @Autowired
    MockMvc mvc;

    @Test
    void theFirstStartCreatesOnlyTheAdministratorWhoMustChangeTheOneTimePassword(CapturedOutput output)
            throws Exception {
        assertThat(users.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.mustChangePassword()).isTrue();
        });
        assertThat(users.findByUsername("viewer")).isEmpty();
        mvc.perform(get("/login")).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Demo accounts"))));

        assertThat(output.getAll()).as("the production profile logs JSON, one object a line")
                .containsPattern("(?m)^\\{\"@timestamp\":.*\"message\":\"First start: created the administrator");
        Matcher printed = ONE_TIME.matcher(output.getAll());
        assertThat(printed.find()).as("the one-time password is printed to the log").isTrue();
        assertThat(printed.find()).as("and printed only once").isFalse();
        printed.reset().find();
        String password = printed.group(1);

        mvc.perform(formLogin().user("admin").password("resolute-demo")).andExpect(
                redirectedUrl("/login?error=credentials"));
        jakarta.servlet.http.Cookie session = mvc.perform(formLogin().user("admin").password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/account/password"));
    }
}
