package org.resolute.identity.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.Accounts;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed sign-in back to the form with the reason: wrong credentials, locked, or disabled. */
@Component
class SignInFailures implements AuthenticationFailureHandler {

    private final Accounts accounts;

    SignInFailures(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException || accounts.isLocked(username)) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "credentials";
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
