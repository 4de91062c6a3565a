package org.resolute.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

/**
 * A request field holding an amount of money: it must fit the columns amounts are stored in, NUMERIC(19,4), so at
 * most 15 digits before the decimal point and 4 after, checked before anything is written.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Digits(integer = 15, fraction = 4)
public @interface Amount {

    String message() default "must have at most 15 digits before the decimal point and 4 after";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
