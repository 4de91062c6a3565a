package org.resolute.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with one answer whatever the reason (wrong password, unknown name, an
 * account or address that must wait after failed attempts, a disabled account), so that the form tells nobody
 * which usernames exist or what state they are in. The username typed is kept for the form, in the session (never
 * in the address, where it would reach logs), so the user only types the password again.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    static final String FAILED = "/login?error=credentials";
    static final String TYPED = SignInFailures.class.getName() + ".username";
    private static final int LONGEST = 100;

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String typed = request.getParameter("username");
        if (typed != null && !typed.isBlank()) {
            String kept = typed.strip();
            request.getSession().setAttribute(TYPED, kept.length() > LONGEST ? kept.substring(0, LONGEST) : kept);
        }
        response.sendRedirect(request.getContextPath() + FAILED);
    }
}
