package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.resolute.kernel.Classification;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
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

    /** The home page asks a viewer ({@code Viewer.isMissionStaff}); the same rule must hold as the controllers say it. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void aViewerIsMissionStaffExactlyWhenTheControllersRuleLetsThemThrough(Role role) {
        Viewer viewer = new Viewer("someone", Set.of(role), Optional.empty(), Classification.MISSION);
        signIn(role.authority());
        assertThat(viewer.isMissionStaff()).isEqualTo(access.allows("MISSION_STAFF"));
        SecurityContextHolder.clearContext();
        assertThat(Viewer.ANONYMOUS.isMissionStaff()).isEqualTo(access.allows("MISSION_STAFF")).isFalse();
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
