package org.resolute.kernel.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.resolute.kernel.PageQuery;

/**
 * Marks an endpoint's {@link PageQuery} argument: it is read from the query parameters {@code page} (default 0),
 * {@code size} (default {@value PageQuery#DEFAULT_SIZE}) and, for a list a client may order, {@code sort} (default
 * none), and the OpenAPI document declares those parameters, after the endpoint's own. Every list endpoint reads a
 * page the same way, so the rule and its defaults are written once ({@link PageParameterReader}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageParameters {

    /** False for a list in one fixed order: it takes no {@code sort} parameter, and ignores one given. */
    boolean sorted() default true;
}
