package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A page shows an action exactly to those the controller's rule of the same name lets through. */
class AccessTests {

    final Access access = new Access();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aFundManagerMayManageFundsButNotPlanTheForce() {
        signIn("ROLE_FUND_MANAGER");
        assertThat(access.allows("FUND_MANAGERS_AND_ADMINISTRATORS")).isTrue();
        assertThat(access.allows("LEDGER_READERS")).isTrue();
        assertThat(access.allows("MISSION_STAFF")).isTrue();
        assertThat(access.allows("FORCE_PLANNERS")).isFalse();
        assertThat(access.allows("FORCE_PLANNERS_AND_ADMINISTRATORS")).isFalse();
    }

    @Test
    void aDonorsRepresentativeIsNotMissionStaff() {
        signIn("ROLE_DONOR_REPRESENTATIVE");
        assertThat(access.allows("MISSION_STAFF")).isFalse();
        assertThat(access.allows("FUND_MANAGERS_AND_ADMINISTRATORS")).isFalse();
    }

    @Test
    void nobodySignedInMayDoNothingThatNeedsARole() {
        assertThat(access.allows("MISSION_STAFF")).isFalse();
        assertThat(access.allows("ADMINISTRATORS")).isFalse();
    }

    @Test
    void aRuleThatIsNotInRolesIsRefusedRatherThanHidingTheAction() {
        signIn("ROLE_ADMIN");
        assertThatThrownBy(() -> access.allows("FUND_MANAGER")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FUND_MANAGERS_AND_ADMINISTRATORS");
    }

    private static void signIn(String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", "n/a", AuthorityUtils.createAuthorityList(authorities)));
    }
}
