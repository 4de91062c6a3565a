package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Amount;
import org.resolute.kernel.Year;
import org.resolute.reference.CurrencyCode;
import org.resolute.reference.NationCode;
import org.resolute.reference.NationCodes;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The static half of the input limits: every text, amount and whole number of every JSON request record (and of
 * the records and lists inside it) carries a limit, so a new field cannot reach the database unchecked. The walk
 * ({@link BadInputWalkTests}) proves the limits hold at run time; this names the field a new record forgot.
 */
class RequestLimitsTests {

    private static final Set<Class<? extends Annotation>> TEXT_LIMITS = Set.of(Size.class, NationCode.class,
            CurrencyCode.class, NationCodes.class);
    private static final Set<Class<? extends Annotation>> AMOUNT_LIMITS = Set.of(Amount.class, Digits.class);
    private static final Set<Class<? extends Annotation>> NUMBER_LIMITS = Set.of(Year.class, PositiveOrZero.class,
            Min.class, Max.class);

    @Test
    void everyTextAmountAndNumberOfEveryRequestRecordHasALimit() {
        List<String> unlimited = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        int checked = 0;
        for (JavaClass controller : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.resolute")) {
            if (!controller.isAnnotatedWith(RestController.class)) {
                continue;
            }
            for (Method method : controller.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        checked += check(parameter.getAnnotatedType(), controller.getSimpleName() + "."
                                + method.getName(), unlimited, seen);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(unlimited).isEmpty();
    }

    /** The number of fields checked under the type; each one without a limit is added to unlimited. */
    private static int check(AnnotatedType annotated, String where, List<String> unlimited, Set<Class<?>> seen) {
        if (annotated instanceof AnnotatedParameterizedType generic
                && annotated.getType() instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return check(generic.getAnnotatedActualTypeArguments()[0], where + "[]", unlimited, seen);
        }
        if (!(annotated.getType() instanceof Class<?> type) || !type.isRecord() || !seen.add(type)) {
            return 0;
        }
        int checked = 0;
        for (RecordComponent component : type.getRecordComponents()) {
            String field = where + " " + type.getSimpleName() + "." + component.getName();
            Class<?> kind = component.getType();
            Set<Class<? extends Annotation>> needed = kind == String.class ? TEXT_LIMITS
                    : kind == BigDecimal.class ? AMOUNT_LIMITS
                    : kind == Integer.class || kind == int.class || kind == Long.class || kind == long.class
                            ? NUMBER_LIMITS : null;
            if (needed != null) {
                checked++;
                if (needed.stream().noneMatch(component.getAccessor()::isAnnotationPresent)) {
                    unlimited.add(field);
                }
            } else if (Collection.class.isAssignableFrom(kind)) {
                checked++;
                AnnotatedType element = ((AnnotatedParameterizedType) component.getAnnotatedType())
                        .getAnnotatedActualTypeArguments()[0];
                if (element.getType() == String.class && TEXT_LIMITS.stream().noneMatch(element::isAnnotationPresent)) {
                    unlimited.add(field + "[]");
                }
                checked += check(component.getAnnotatedType(), field, unlimited, seen);
            } else {
                checked += check(component.getAnnotatedType(), field, unlimited, seen);
            }
        }
        return checked;
    }
}
