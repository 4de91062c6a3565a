package org.resolute.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.AccessTokens;
import org.resolute.kernel.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates an API request by its personal access token; a bad token is refused, never ignored. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final AccessTokens tokens;
    private final Problems problems;

    BearerTokenFilter(AccessTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Problems.isApi(request)) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "Access tokens are accepted on /api only");
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).trim();
        var user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The access token is unknown or revoked, or its user is disabled or locked");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
