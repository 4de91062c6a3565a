package org.resolute.kernel.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that ties together its log lines (the {@code requestId} of each), its answer (the
 * {@code X-Request-Id} header) and any problem detail or error page it gets: a duty officer told the id finds
 * the request. A load balancer's or client's own {@code X-Request-Id} is kept when it is a plain token. The
 * error dispatch that follows a failure keeps the request's id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The id of the request being served on this thread, if any. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        if (!response.isCommitted() && !response.containsHeader(HEADER)) {
            response.setHeader(HEADER, id);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    private static String idOf(HttpServletRequest request) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known != null) {
            return known.toString();
        }
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
