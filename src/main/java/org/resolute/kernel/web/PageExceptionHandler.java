package org.resolute.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.StaleUpdate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing record with the 404 page and a stale edit with the 409 page. Exception handlers do not get
 * the shell's model attributes, so the page is given them here (the layout needs the viewer and the navigation).
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final ShellAdvice shell;

    PageExceptionHandler(ShellAdvice shell) {
        this.shell = shell;
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(HttpServletRequest request) {
        return page("error/404", HttpStatus.NOT_FOUND, request);
    }

    @ExceptionHandler({StaleUpdate.class, org.springframework.dao.OptimisticLockingFailureException.class})
    ModelAndView stale(HttpServletRequest request) {
        return page("error/409", HttpStatus.CONFLICT, request);
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("viewer", shell.viewer());
        page.addObject("navigation", shell.navigation());
        page.addObject("links", shell.links(request));
        page.addObject("currentPath", shell.currentPath(request));
        return page;
    }
}
