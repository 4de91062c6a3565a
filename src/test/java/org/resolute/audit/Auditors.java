package org.resolute.audit;

import java.util.Optional;
import java.util.Set;

import org.resolute.kernel.Classification;
import org.resolute.kernel.HasViewer;
import org.resolute.kernel.Role;
import org.resolute.kernel.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The people of the audit tests: auditors of each clearance, an administrator who changes things, a viewer. */
final class Auditors {

    static final Viewer ADMIN = viewer("test-admin", Role.ADMIN, Classification.RESTRICTED);
    static final Viewer RESTRICTED_AUDITOR = viewer("restricted-auditor", Role.AUDITOR, Classification.RESTRICTED);
    static final Viewer MISSION_AUDITOR = viewer("mission-auditor", Role.AUDITOR, Classification.MISSION);
    static final Viewer VIEWER = viewer("plain-viewer", Role.VIEWER, Classification.RESTRICTED);

    private Auditors() {
    }

    static Viewer viewer(String username, Role role, Classification clearance) {
        return new Viewer(username, Set.of(role), Optional.empty(), clearance);
    }

    /** Signs a MockMvc request in as the viewer, as the identity module's principal would. */
    static RequestPostProcessor signedInAs(Viewer viewer) {
        HasViewer principal = () -> viewer;
        return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, viewer.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList()));
    }
}
