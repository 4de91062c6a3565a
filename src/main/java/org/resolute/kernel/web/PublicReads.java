package org.resolute.kernel.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.PublicPaths;
import org.resolute.kernel.Viewers;
import org.resolute.kernel.demo.DemoLoad;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What anonymous visitors read (the paths modules declare public) is served so that browsers and proxies can
 * keep it for a short while and revalidate it cheaply: an {@code ETag} computed from the body (a repeat request
 * with {@code If-None-Match} is answered 304 without the body) and {@code Cache-Control: public, max-age=60}.
 * Only for anonymous GETs: a signed-in reader may see more on the same path, so theirs stay uncached (the
 * security layer's {@code no-store}). The answer varies with the language (browser and cookie). Where the module
 * tells what its public answers are computed from ({@link PublicPaths#dataVersion()}), each anonymous answer is
 * computed once per version and then served from memory ({@link PublicAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class PublicReads {

    static final Duration FRESH_FOR = Duration.ofSeconds(60);
    /** Inside the security filters (so the viewer is known), outside everything that renders the body. */
    private static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<PublicReadFilter> publicReadFilter(List<PublicPaths> publicPaths, Clock clock,
            ObjectProvider<DemoLoad> demoLoad) {
        FilterRegistrationBean<PublicReadFilter> registration = new FilterRegistrationBean<>(
                new PublicReadFilter(publicPaths, new PublicAnswers(clock), demoLoad.getIfAvailable()));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class PublicReadFilter extends ShallowEtagHeaderFilter {

        private final List<PublicPaths> publicPaths;
        private final PublicAnswers answers;
        private final @Nullable DemoLoad demoLoad;
        private final AntPathMatcher matcher = new AntPathMatcher();

        PublicReadFilter(List<PublicPaths> publicPaths, PublicAnswers answers, @Nullable DemoLoad demoLoad) {
            this.publicPaths = List.copyOf(publicPaths);
            this.answers = answers;
            this.demoLoad = demoLoad;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return true;
            }
            return publicPathsOf(request) == null;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!Viewers.current().isAnonymous()) {
                chain.doFilter(request, response);
                return;
            }
            response = new ErrorsNotKept(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + FRESH_FOR.toSeconds());
            response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
            PublicPaths paths = publicPathsOf(request);
            Supplier<?> dataVersion = paths == null ? null : paths.dataVersion();
            if (dataVersion == null || isAsyncDispatch(request)) {
                super.doFilterInternal(request, response, chain);
                return;
            }
            // every page says which parts of the demo data are still loading (PageShell), so that is data it shows
            Object version = List.of(dataVersion.get(), demoLoad == null ? "" : demoLoad.progress());
            PublicAnswers.Key key = PublicAnswers.Key.of(request);
            PublicAnswers.Answer kept = answers.find(key, version);
            if (kept != null) {
                serve(kept, request, response);
                return;
            }
            // computed whole even for a visitor who revalidates, so that the next one is served from memory
            ContentCachingResponseWrapper computed = new ContentCachingResponseWrapper(response);
            super.doFilterInternal(new Unconditional(request), computed, chain);
            String etag = computed.getHeader(HttpHeaders.ETAG);
            if (computed.getStatus() == HttpServletResponse.SC_OK && etag != null && computed.getContentSize() > 0
                    && computed.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
                PublicAnswers.Answer answer = answers.keep(key, version, computed.getContentAsByteArray(),
                        computed.getContentType(), computed.getHeader(HttpHeaders.CONTENT_LANGUAGE), etag);
                computed.resetBuffer();
                serve(answer, request, computed);
            }
            computed.copyBodyToResponse();
        }

        private static void serve(PublicAnswers.Answer answer, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            if (answer.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, answer.contentLanguage());
            }
            if (new ServletWebRequest(request, response).checkNotModified(answer.etag())) {
                return;
            }
            response.setContentLength(answer.body().length);
            if (!"HEAD".equals(request.getMethod())) {
                response.getOutputStream().write(answer.body());
            }
        }

        private @Nullable PublicPaths publicPathsOf(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            for (PublicPaths paths : publicPaths) {
                for (String pattern : paths.patterns()) {
                    if (matcher.match(pattern, path)) {
                        return paths;
                    }
                }
            }
            return null;
        }
    }

    /** The request without its conditions, so that the answer is computed whole. */
    /**
     * A public read's answer that turns out to be an error (a refused parameter, the database out of reach) is not
     * for browsers and proxies to keep: a 503 kept for a minute would outlast the failover it reports. Errors
     * raised past this filter reach {@link ErrorPages}, which says the same.
     */
    private static final class ErrorsNotKept extends HttpServletResponseWrapper {

        ErrorsNotKept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= HttpServletResponse.SC_BAD_REQUEST) {
                setHeader(HttpHeaders.CACHE_CONTROL, ErrorPages.NOT_KEPT);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, ErrorPages.NOT_KEPT);
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            setHeader(HttpHeaders.CACHE_CONTROL, ErrorPages.NOT_KEPT);
            super.sendError(status);
        }
    }

    private static final class Unconditional extends HttpServletRequestWrapper {

        private static final Set<String> CONDITIONS = Set.of(HttpHeaders.IF_NONE_MATCH.toLowerCase(Locale.ROOT),
                HttpHeaders.IF_MODIFIED_SINCE.toLowerCase(Locale.ROOT));

        Unconditional(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return isCondition(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isCondition(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return isCondition(name) ? -1 : super.getDateHeader(name);
        }

        private static boolean isCondition(String name) {
            return CONDITIONS.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
