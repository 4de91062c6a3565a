package org.resolute.kernel.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.Viewers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * What anonymous visitors read (the paths modules declare public) is served so that browsers and proxies can
 * keep it for a short while and revalidate it cheaply: an {@code ETag} computed from the body (a repeat request
 * with {@code If-None-Match} is answered 304 without the body) and {@code Cache-Control: public, max-age=60}.
 * Only for anonymous GETs: a signed-in reader may see more on the same path, so theirs stay uncached (the
 * security layer's {@code no-store}). The answer varies with the language (browser and cookie).
 */
@Configuration(proxyBeanMethods = false)
class PublicReads {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);
    /** Inside the security filters (so the viewer is known), outside everything that renders the body. */
    private static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<PublicReadFilter> publicReadFilter(List<PublicPaths> publicPaths) {
        FilterRegistrationBean<PublicReadFilter> registration = new FilterRegistrationBean<>(
                new PublicReadFilter(publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toList()));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class PublicReadFilter extends ShallowEtagHeaderFilter {

        private final List<String> patterns;
        private final AntPathMatcher matcher = new AntPathMatcher();

        PublicReadFilter(List<String> patterns) {
            this.patterns = List.copyOf(patterns);
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return true;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return patterns.stream().noneMatch(pattern -> matcher.match(pattern, path));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!Viewers.current().isAnonymous()) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + FRESH_FOR.toSeconds());
            response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
            super.doFilterInternal(request, response, chain);
        }
    }
}
