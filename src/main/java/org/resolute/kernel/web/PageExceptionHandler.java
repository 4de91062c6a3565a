package org.resolute.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.RequestInProgress;
import org.resolute.kernel.StaleUpdate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing record with the 404 page and a stale edit with the 409 page, in the page shell (viewer,
 * navigation): a handler that failed gets no post-handling, so the shell is added here.
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

    @ExceptionHandler({StaleUpdate.class, RequestInProgress.class,
            org.springframework.dao.OptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView stale(HttpServletRequest request) {
        return page("error/409", request);
    }

    private ModelAndView page(String view, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view);
        shell.addTo(page.getModelMap(), request);
        return page;
    }
}
