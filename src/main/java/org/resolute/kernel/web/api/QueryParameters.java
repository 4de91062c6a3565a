package org.resolute.kernel.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springdoc.core.annotations.ParameterObject;

/**
 * Marks the type of a filter that several endpoints read from the same query parameters. Its static method
 * {@code read} declares them once, as a handler would ({@code @RequestParam} with its default,
 * {@code @DateTimeFormat}, {@code @Parameter} for the document), and builds the filter from them. An endpoint takes
 * the type as an argument: {@link QueryParameterReader} calls {@code read} with the request's parameters, and the
 * OpenAPI document declares {@code read}'s parameters as the endpoint's own ({@link QueryParameterDocument}).
 */
@Documented
@ParameterObject
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface QueryParameters {
}
