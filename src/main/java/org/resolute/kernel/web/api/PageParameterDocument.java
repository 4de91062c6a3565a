package org.resolute.kernel.web.api;

import java.util.LinkedHashSet;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.resolute.kernel.PageQuery;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares a {@link PageParameters} argument in the OpenAPI document as what a client sends: the query parameters
 * {@code page}, {@code size} and (for a list a client may order) {@code sort}, with their defaults, after the
 * endpoint's own parameters, instead of one parameter of type {@link PageQuery}.
 */
@Component
class PageParameterDocument implements GlobalOperationCustomizer {

    PageParameterDocument() {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(PageParameters.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        for (MethodParameter argument : handler.getMethodParameters()) {
            PageParameters page = argument.getParameterAnnotation(PageParameters.class);
            if (page != null) {
                operation.addParametersItem(query(PageParameterReader.PAGE, number(0)));
                operation.addParametersItem(query(PageParameterReader.SIZE, number(PageQuery.DEFAULT_SIZE)));
                if (page.sorted()) {
                    operation.addParametersItem(query(PageParameterReader.SORT, typed("string")._default("")));
                }
            }
        }
        return operation;
    }

    private static Parameter query(String name, Schema<?> schema) {
        return new Parameter().in("query").name(name).required(false).schema(schema);
    }

    private static Schema<Object> number(int defaultValue) {
        return typed("integer").format("int32")._default(defaultValue);
    }

    /** Typed for both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}). */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(new LinkedHashSet<>(Set.of(type)));
        return schema;
    }
}
