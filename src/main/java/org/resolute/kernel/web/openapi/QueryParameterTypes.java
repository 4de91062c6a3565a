package org.resolute.kernel.web.openapi;

import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Query parameters the handlers take as text and read as a day ({@code date}, {@code asOf}, {@code from},
 * {@code to}: parsed by the module so that a bad one is refused naming the parameter) are declared as what they are,
 * an ISO 8601 date ({@code format: date}). The empty default of a date or of a parameter declared as one of an
 * enum's values ({@code @Parameter(schema = @Schema(implementation = ...))}) only means "not given": not shown.
 */
@Component
class QueryParameterTypes implements GlobalOperationCustomizer {

    static final Set<String> DAYS = Set.of("date", "asOf", "from", "to");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (!"query".equals(parameter.getIn()) || parameter.getSchema() == null) {
                continue;
            }
            // springdoc may share one schema between parameters of the same type: replace it, never change it
            Schema<?> schema = parameter.getSchema();
            if (DAYS.contains(parameter.getName()) && "string".equals(type(parameter)) && schema.getFormat() == null
                    && schema.getEnum() == null) {
                parameter.schema(Schemas.string().format("date"));
                if (parameter.getDescription() == null) {
                    parameter.description("A day, as 2024-06-30");
                }
            } else if (schema.getEnum() != null && "".equals(schema.getDefault())) {
                Schema<String> values = Schemas.string();
                schema.getEnum().forEach(value -> values.addEnumItemObject(String.valueOf(value)));
                parameter.schema(values);
            }
        }
        return operation;
    }

    private static String type(Parameter parameter) {
        if (parameter.getSchema().getType() != null) {
            return parameter.getSchema().getType();
        }
        Set<String> types = parameter.getSchema().getTypes();
        return types != null && types.size() == 1 ? types.iterator().next() : null;
    }
}
