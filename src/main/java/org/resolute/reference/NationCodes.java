package org.resolute.reference;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.modulith.NamedInterface;

/**
 * A request field that lists nations, comma- or semicolon-separated (a marking's releasability, e.g. "GBR,USA"):
 * each must be one in the reference data ({@link Nations#find}), checked before anything is written.
 */
@Documented
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NationCodes.Check.class)
@NamedInterface("api")
public @interface NationCodes {

    String message() default "names a nation that is not an ISO 3166 code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Looks the code up in the reference data. */
    class Check implements ConstraintValidator<NationCodes, String> {

        private final Nations nations;

        public Check(Nations nations) {
            this.nations = nations;
        }

        @Override
        public boolean isValid(String codes, ConstraintValidatorContext context) {
            return codes == null || Arrays.stream(codes.split("[,;]"))
                    .allMatch(code -> code.isBlank() || nations.find(code.strip()).isPresent());
        }
    }
}
