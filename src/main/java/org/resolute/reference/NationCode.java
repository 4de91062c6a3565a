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

import org.springframework.modulith.NamedInterface;

/**
 * A request field that names a nation: it must be one in the reference data ({@link Nations#find}), checked before
 * anything is written. Empty is left to the record's own rules (some nations are optional).
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NationCode.Check.class)
@NamedInterface("api")
public @interface NationCode {

    String message() default "is not a nation's ISO 3166 code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the code up in the reference data. */
    class Check implements ConstraintValidator<NationCode, String> {

        private final Nations nations;

        public Check(Nations nations) {
            this.nations = nations;
        }

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || code.isBlank() || nations.find(code.strip()).isPresent();
        }
    }
}
