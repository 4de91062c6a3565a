package org.resolute.kernel.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/** Where to send a browser back to: the page a form was sent from, if that page is one of ours. */
public final class BackTo {

    private BackTo() {
    }

    /** The referring page's path and query, or the given path when there is none or it is another site's. */
    public static String referrer(HttpServletRequest request, String otherwise) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return otherwise;
        }
        try {
            URI uri = URI.create(referer);
            boolean ours = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!ours || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return otherwise;
            }
            String context = request.getContextPath();
            String inApplication = !context.isEmpty() && path.startsWith(context) ? path.substring(context.length())
                    : path;
            return uri.getRawQuery() == null ? inApplication : inApplication + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
