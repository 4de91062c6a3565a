package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.DemoAccounts;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo profile has one account per role, made once, whatever the database. */
abstract class DemoAccountsTests {

    @Autowired
    Users users;

    @Autowired
    DemoAccounts demoAccounts;

    @Test
    void hasOneDemoAccountPerRole() {
        for (Role role : Role.values()) {
            assertThat(users.findAll()).filteredOn(user -> user.roles().equals(java.util.Set.of(role)))
                    .as("demo account for %s", role).isNotEmpty();
        }
    }

    @Test
    void theDemoViewerIsClearedBelowRestrictedAndTheDonorBelongsToANation() {
        assertThat(users.findByUsername("viewer").orElseThrow().clearance()).isEqualTo(Classification.MISSION);
        assertThat(users.findByUsername("donor").orElseThrow().nation()).contains("GBR");
    }

    @Test
    void aSecondStartCreatesNoAccountTwice() throws Exception {
        long before = users.count();
        ApplicationArguments none = new DefaultApplicationArguments();
        demoAccounts.run(none);
        assertThat(users.count()).isEqualTo(before);
    }
}

@OnH2
class DemoAccountsOnH2Tests extends DemoAccountsTests {
}

@OnPostgres
class DemoAccountsOnPostgresTests extends DemoAccountsTests {
}
