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

/**
 * Authenticates an API request by its personal access token; a bad token is refused, never ignored. A token
 * reaches the API and its OpenAPI document, and may not create tokens.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final String API_DOCUMENT = "/v3/api-docs";
    private static final String TOKENS = "/api/v1/tokens";

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

    /** The OpenAPI document, which clients are generated from, so a token may read it. */
    private static boolean isApiDocument(HttpServletRequest request) {
        String path = path(request);
        return path.equals(API_DOCUMENT) || path.startsWith(API_DOCUMENT + "/") || path.startsWith(API_DOCUMENT + ".");
    }

    /**
     * A request to issue a token. Only a signed-in session may: a token that could create tokens would outlive its
     * own revocation through the ones it made.
     */
    private static boolean createsToken(HttpServletRequest request) {
        String path = path(request);
        return "POST".equalsIgnoreCase(request.getMethod())
                && (path.equals(TOKENS) || path.equals(TOKENS + "/"));
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!Problems.isApi(request) && !isApiDocument(request)) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Access tokens are accepted on /api and /v3/api-docs only");
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).trim();
        var user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The access token is unknown or revoked, or its user is disabled");
            return;
        }
        if (createsToken(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "An access token cannot create access tokens: "
                    + "sign in and create one on your account page, so that revoking a token ends what it can do");
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
