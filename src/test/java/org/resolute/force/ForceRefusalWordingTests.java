package org.resolute.force;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.kernel.InvalidInput;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A refusal of the force pages shows next to its field in the reader's words: a French planner reads French, with
 * the values the English message names (a code, a rule's name) in their place; nothing is recorded.
 */
abstract class ForceRefusalWordingTests {

    static final String FRENCH = "fr-FR,fr;q=0.9";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    MessageSource messages;

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The text of the error shown next to the field, as the page renders it. */
    static String errorNextTo(String field, String page) {
        String marker = "id=\"error-" + field + "\"";
        assertThat(page).as("an error next to " + field).contains(marker);
        String rest = page.substring(page.indexOf(marker));
        return rest.substring(rest.indexOf('>') + 1, rest.indexOf("</div>")).trim();
    }

    String refusedInFrench(MockHttpServletRequestBuilder form) throws Exception {
        return mvc.perform(form.with(user(accounts.loadUserByUsername("planner"))).with(csrf())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, FRENCH))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    }

    static MockHttpServletRequestBuilder caveat(String code, String kind, String values, String limit) {
        return post("/force/caveats").param("code", code).param("nation", "DEU").param("kind", kind)
                .param("values", values).param("limit", limit).param("description", "as worded")
                .param("classification", "MISSION").param("source", "test");
    }

    @Test
    void aNumericCaveatWithoutItsLimitIsRefusedInFrenchNamingTheRule() throws Exception {
        String page = refusedInFrench(caveat(code(), "MAX_TROOPS_PER_LOCATION", "", ""));
        assertThat(errorNextTo("limit", page)).isEqualTo(
                "La règle « Nombre maximal de militaires par emplacement » demande une limite supérieure à 0");
    }

    @Test
    void aCaveatNamingALocationOutsideTheMissionIsRefusedInFrenchNamingTheValue() throws Exception {
        String code = code();
        String page = refusedInFrench(caveat(code, "ALLOWED_LOCATIONS", "NOWHERE", ""));
        assertThat(errorNextTo("values", page)).startsWith("« NOWHERE » ne fait pas partie de : ")
                .contains("MAZAR");
        assertThat(page).contains(code);
    }

    @Test
    void aRequirementUnderACommandOutsideTheMissionIsRefusedInFrenchNamingTheCommand() throws Exception {
        String page = refusedInFrench(post("/force/requirements").param("reference", code())
                .param("capability", "Advisor team under test").param("activity", "ADVISING")
                .param("quantity", "20").param("command", "NOWHERE").param("location", "MAZAR")
                .param("from", "2020-01-01").param("until", "2020-12-31").param("priority", "3")
                .param("classification", "MISSION").param("source", "test"));
        assertThat(errorNextTo("command", page)).isEqualTo("« NOWHERE » n’est pas un commandement de la mission");
    }

    @Test
    void anAssignmentOfNoTroopsIsRefusedOnTroopsInTheReadersWords() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> new Assignment("DEU", "MAZAR", Activity.ADVISING, 0, from, from.plusDays(9)))
                .isInstanceOfSatisfying(InvalidInput.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("troops");
                    assertThat(refusal.getMessage()).isEqualTo("troops must be above 0");
                    assertThat(messages.getMessage(refusal.wording(), Locale.ENGLISH))
                            .isEqualTo("Enter a number of troops above 0");
                    assertThat(messages.getMessage(refusal.wording(), Locale.FRENCH))
                            .isEqualTo("Saisir un nombre de militaires supérieur à 0");
                });
    }
}

@OnH2
class ForceRefusalWordingOnH2Tests extends ForceRefusalWordingTests {
}

@OnPostgres
class ForceRefusalWordingOnPostgresTests extends ForceRefusalWordingTests {
}
