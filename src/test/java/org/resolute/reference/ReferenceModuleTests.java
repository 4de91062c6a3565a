package org.resolute.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The reference module on its own, with no other module started: it loads its files on start and answers the
 * questions every other module asks it, a nation by either code and its NATO standing on a date.
 */
@ApplicationModuleTest(BootstrapMode.STANDALONE)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:reference-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class ReferenceModuleTests {

    @Autowired
    Nations nations;

    @Test
    void answersANationByEitherCodeWithItsStandingOnADate() {
        assertThat(nations.find("de")).get().extracting(Nation::code).isEqualTo("DEU");
        assertThat(nations.membershipAt("DEU", LocalDate.parse("2020-11-01"))).get()
                .extracting(Membership::kind).isEqualTo(MembershipKind.ALLY);
        assertThat(nations.contributorsTo(Nations.RESOLUTE_SUPPORT)).isNotEmpty();
    }
}
