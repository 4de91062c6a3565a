package org.resolute.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.resolute.reference.domain.Currencies;
import org.springframework.modulith.NamedInterface;

/**
 * A request field that names a currency: it must be one in the reference data ({@link Currencies#find}), checked before
 * anything is written. Empty is left to the record's own rules.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CurrencyCode.Check.class)
@NamedInterface("api")
public @interface CurrencyCode {

    String message() default "is not an ISO 4217 currency code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the code up in the reference data. */
    class Check implements ConstraintValidator<CurrencyCode, String> {

        private final Currencies currencies;

        public Check(Currencies currencies) {
            this.currencies = currencies;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || code.isBlank() || currencies.find(code.strip()).isPresent();
        }
    }
}
