package org.resolute.kernel;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current {@link Viewer}, read from the security context of the request or task at hand. */
public final class Viewers {

    private Viewers() {
    }

    public static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Viewer.ANONYMOUS;
        }
        if (authentication.getPrincipal() instanceof HasViewer holder) {
            return holder.viewer();
        }
        if (authentication.getDetails() instanceof HasViewer holder) {
            return holder.viewer();
        }
        return Viewer.ANONYMOUS;
    }

    /** Runs work (demo loading, scheduled tasks) as the given viewer, restoring the caller's context after. */
    public static <T> T runAs(Viewer viewer, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        HasViewer principal = () -> viewer;
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                viewer.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Viewer viewer, Runnable work) {
        runAs(viewer, () -> {
            work.run();
            return null;
        });
    }

}
