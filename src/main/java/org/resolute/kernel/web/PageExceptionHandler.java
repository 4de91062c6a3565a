package org.resolute.kernel.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.resolute.kernel.InvalidInput;
import org.resolute.kernel.NotFound;
import org.resolute.kernel.RequestInProgress;
import org.resolute.kernel.StaleUpdate;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What pages do with what their handlers refuse. A missing record is the 404 page and a stale edit the 409 page,
 * in the page shell (a handler that failed gets no post-handling, so the shell is added here). A form refused
 * for a field (a value the handler could not read, a missing value, or {@link InvalidInput} a handler did not
 * catch itself) goes back to the page it was sent from with the error next to the field and the input kept
 * ({@link FormErrors}); a link with such a value gets the 400 page saying which value and why.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final PageShell shell;

    PageExceptionHandler(PageShell shell) {
        this.shell = shell;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(HttpServletRequest request) {
        return page("error/404", request);
    }

    @ExceptionHandler({StaleUpdate.class, RequestInProgress.class, OptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView stale(HttpServletRequest request) {
        return page("error/409", request);
    }

    @ExceptionHandler(InvalidInput.class)
    ModelAndView refused(InvalidInput refusal, HttpServletRequest request) {
        return refused(FormErrors.of(refusal, request), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException refusal, HttpServletRequest request) {
        return refused(FormErrors.of(refusal.getName(), expected(refusal.getRequiredType()), request), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException refusal, HttpServletRequest request) {
        return refused(FormErrors.of(refusal.getParameterName(), wording("error.required", "Fill in this field"),
                request), request);
    }

    @ExceptionHandler(BindException.class)
    ModelAndView unbound(BindException refusal, HttpServletRequest request) {
        FormErrors errors = null;
        for (FieldError field : refusal.getFieldErrors()) {
            MessageSourceResolvable wording = field.isBindingFailure()
                    ? expected(refusal.getFieldType(field.getField())) : field;
            errors = errors == null ? FormErrors.of(field.getField(), wording, request)
                    : errors.and(field.getField(), wording);
        }
        return refused(errors == null ? FormErrors.of("form", wording("error.invalid", "This value is not valid"),
                request) : errors, request);
    }

    /** A form goes back where it came from, errors and input with it; a link gets the 400 page. */
    private ModelAndView refused(FormErrors errors, HttpServletRequest request) {
        if (HttpMethod.POST.matches(request.getMethod())) {
            RequestContextUtils.getOutputFlashMap(request).put("errors", errors);
            String back = BackTo.referrer(request, request.getRequestURI().substring(
                    request.getContextPath().length()));
            return new ModelAndView("redirect:" + back);
        }
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("errors", errors);
        shell.addTo(page.getModelMap(), request);
        return page;
    }

    /** What the field should have held, by the type the handler reads it as. */
    private static MessageSourceResolvable expected(@Nullable Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return wording("error.wholeNumber", "Enter a whole number");
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return wording("error.number", "Enter a number, such as 1250000.50");
        }
        if (type == LocalDate.class) {
            return wording("error.date", "Enter a date as YYYY-MM-DD");
        }
        if (type == UUID.class || type != null && type.isEnum()) {
            return wording("error.choice", "Choose one of the options offered");
        }
        return wording("error.invalid", "This value is not valid");
    }

    private static MessageSourceResolvable wording(String key, String english) {
        return new DefaultMessageSourceResolvable(new String[] {key}, english);
    }

    private ModelAndView page(String view, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view);
        shell.addTo(page.getModelMap(), request);
        return page;
    }
}
