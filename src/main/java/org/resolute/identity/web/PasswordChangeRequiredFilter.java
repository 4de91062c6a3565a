package org.resolute.identity.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.SignedInUser;
import org.resolute.kernel.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** A user still on a one-time password may do nothing but choose a new one (or sign out). */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> ALLOWED = List.of(CHANGE_PAGE, "/logout", "/login", "/css/", "/js/",
            "/webjars/", "/error", "/favicon.ico");

    private final Problems problems;

    PasswordChangeRequiredFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && user.mustChangePassword();
        if (!mustChange || ALLOWED.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (Problems.isApi(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "Change your one-time password at " + CHANGE_PAGE + " before using Resolute");
        } else {
            response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
        }
    }
}
