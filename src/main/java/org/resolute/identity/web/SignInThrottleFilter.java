package org.resolute.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.LoginThrottle;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a client address that must still wait after its failed attempts, before the password is
 * read, with the same answer as a wrong password: the attempt tells nothing and costs nothing.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().substring(request.getContextPath().length()).equals("/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (throttle.addressWaitsUntil(request.getRemoteAddr()).isPresent()) {
            response.sendRedirect(request.getContextPath() + SignInFailures.FAILED);
            return;
        }
        chain.doFilter(request, response);
    }
}
