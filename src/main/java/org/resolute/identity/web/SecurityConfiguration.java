package org.resolute.identity.web;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.identity.domain.AccessTokens;
import org.resolute.identity.domain.LoginThrottle;
import org.resolute.identity.domain.SecurityProperties;
import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.web.ErrorPages;
import org.resolute.kernel.web.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what: the public paths modules declare, the health probes and sign-in page for everyone, every
 * other page and API call for signed-in users (roles are checked on each controller). Browsers sign in with a
 * form and carry a CSRF token. API clients may instead send a personal access token; such a request goes through a
 * chain of its own, stateless: the token is its only credential (a session cookie sent with it is not read), so it
 * needs no CSRF token, and nothing is kept for it between requests (no session, saved request or sign-out).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String SIGN_IN =
            "Authentication required: sign in, or send a personal access token as 'Authorization: Bearer <token>'";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private static final RequestMatcher BEARER = BearerTokenFilter::hasBearer;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring Security's own observations (one per filter, authentication and authorization) are off: they are
     * tracing detail nobody here reads, and each filter of each request was wrapped for them. Request metrics
     * ({@code http.server.requests}) are not affected.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain accessTokenChain(HttpSecurity http, List<PublicPaths> publicPaths, AccessTokens tokens,
            Problems problems) throws Exception {
        authorize(http.securityMatcher(BEARER), publicPaths);
        answer(http, problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signedInChain(HttpSecurity http, List<PublicPaths> publicPaths, Problems problems,
            SignInFailures failures, LoginThrottle throttle) throws Exception {
        authorize(http, publicPaths);
        answer(http, problems);
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .requestCache(cache -> cache.requestCache(pagesAskedFor()))
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new PasswordChangeRequiredFilter(problems), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The CSRF token travels in a cookie of its own (checked against the form field or header), not in the session:
     * a visitor who only reads public pages, or is sent to sign in, gets no session, so crawlers cannot fill the
     * session table. Pages render the token only for signed-in users (and the sign-in form); the header is the
     * one the API documents.
     */
    private static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setHeaderName("X-CSRF-TOKEN");
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    /**
     * The page a browser asked for before it was sent to sign in, kept in a cookie (not a session) and only for
     * a page a person opened: a GET that asks for HTML, not an htmx or script request, nor the browser's own
     * fetches (an icon), so that signing in lands on the page and never on a fragment or a picture.
     */
    private static CookieRequestCache pagesAskedFor() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                && String.valueOf(request.getHeader("Accept")).contains("text/html")
                && !request.getRequestURI().contains("favicon"));
        return cache;
    }

    private static void authorize(HttpSecurity http, List<PublicPaths> publicPaths) throws Exception {
        String[] open = Stream.concat(
                Stream.of("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                        "/actuator/health", "/actuator/health/**"),
                publicPaths.stream().flatMap(paths -> paths.patterns().stream())).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(open).permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .anyRequest().authenticated());
    }

    /**
     * A write without a valid CSRF token is refused before anyone is known: an anonymous caller is told to sign in
     * (a browser is sent to the sign-in page), a signed-in one that the token is missing or wrong, not that their
     * roles fall short (a browser gets the forbidden page saying so).
     */
    private static void refusedCsrf(HttpServletRequest request, HttpServletResponse response, Problems problems)
            throws IOException {
        if (isAnonymous()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, SIGN_IN);
        } else {
            problems.write(request, response, HttpStatus.FORBIDDEN, "Missing or invalid CSRF token: send the "
                    + "token of your session (header X-CSRF-TOKEN), or use a personal access token");
        }
    }

    private static boolean isAnonymous() {
        Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return caller == null || !caller.isAuthenticated() || TRUST.isAnonymous(caller);
    }

    /** The security headers of every answer, and a problem (API) or a page (browser) when access is refused. */
    private static void answer(HttpSecurity http, Problems problems) throws Exception {
        var signIn = new LoginUrlAuthenticationEntryPoint("/login");
        var forbiddenPage = new AccessDeniedHandlerImpl();
        http.headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) -> {
                            if (Problems.isApi(request)) {
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, SIGN_IN);
                            } else {
                                signIn.commence(request, response, e);
                            }
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException && !Problems.isApi(request) && isAnonymous()) {
                                signIn.commence(request, response, new InsufficientAuthenticationException(
                                        e.getMessage()));
                            } else if (e instanceof CsrfException && !Problems.isApi(request)) {
                                request.setAttribute(ErrorPages.CSRF_REFUSED, true);
                                forbiddenPage.handle(request, response, e);
                            } else if (e instanceof CsrfException) {
                                refusedCsrf(request, response, problems);
                            } else if (Problems.isApi(request)) {
                                problems.write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this");
                            } else {
                                forbiddenPage.handle(request, response, e);
                            }
                        }));
    }
}
