package org.resolute.kernel.web;

import org.resolute.kernel.NotFound;
import org.resolute.kernel.StaleUpdate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Pages answer a missing record with the 404 page and a stale edit with the 409 page. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler({StaleUpdate.class, org.springframework.dao.OptimisticLockingFailureException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale() {
        return "error/409";
    }
}
