package org.resolute.kernel;

import java.util.Set;

/**
 * A link in the main navigation, contributed by a module as a bean and shown to viewers with one of its roles
 * (or to every signed-in viewer when no role is given).
 *
 * @param label the message key of the link's text, e.g. {@code nav.funding}
 */
public record NavigationItem(String label, String path, int order, Set<Role> roles) {

    public NavigationItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Viewer viewer) {
        return !viewer.isAnonymous() && (roles.isEmpty() || roles.stream().anyMatch(viewer::has));
    }
}
