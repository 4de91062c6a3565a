package org.resolute.kernel.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * What the servlet container's errors become: a problem detail for the API, an error page for people.
 * Neither ever shows a stack trace or an exception message.
 */
@Controller
public class ErrorPages implements ErrorController {

    /** Set by the security layer when a form came without a valid CSRF token, so the 403 page says that. */
    public static final String CSRF_REFUSED = ErrorPages.class.getName() + ".csrfRefused";

    /** No error is for a browser or proxy to keep: what failed now may be served a moment later. */
    static final String NOT_KEPT = "no-store";

    private static final Set<Integer> PAGES = Set.of(403, 404, 409, 500, 503);

    private final Problems problems;

    ErrorPages(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse errorResponse) {
        HttpStatus status = status(request);
        errorResponse.setHeader(HttpHeaders.CACHE_CONTROL, NOT_KEPT);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            errorResponse.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnreachable.RETRY_AFTER_SECONDS);
        }
        if (isApi(request)) {
            View problem = (model, req, response) -> problems.write(req, response, status, detail(status, req));
            return new ModelAndView(problem);
        }
        String view = PAGES.contains(status.value()) ? "error/" + status.value()
                : status.is5xxServerError() ? "error/500" : "error";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject("csrfRefused", request.getAttribute(CSRF_REFUSED) != null);
        page.addObject("requestId", RequestIds.current());
        return page;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case NOT_FOUND -> "There is no such resource";
            case METHOD_NOT_ALLOWED -> "This resource does not accept this method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
            case CONTENT_TOO_LARGE -> "The request body is too large";
            case SERVICE_UNAVAILABLE -> DatabaseUnreachable.DETAIL;
            default -> status.is5xxServerError() ? "Resolute could not finish this request; nothing was saved"
                    : status.getReasonPhrase();
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The failed request's status; {@code /error} opened directly is no failure, only a page that is not there. A
     * failure to reach the database in a filter (a session or token read) is a 503, as in a handler.
     */
    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnreachable.causes(failure)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
