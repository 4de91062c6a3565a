package org.resolute.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A request field holding a calendar year: within the years a date may name ({@code web.DateInput}), so never
 * negative, checked before anything is written.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Min(1900)
@Max(2100)
public @interface Year {

    String message() default "must be a year from 1900 to 2100";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
