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
 * which usernames exist or what state they are in.
 */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    static final String FAILED = "/login?error=credentials";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        response.sendRedirect(request.getContextPath() + FAILED);
    }
}
