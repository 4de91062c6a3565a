package org.resolute.kernel.web.api;

import java.util.List;

import org.springdoc.core.customizers.DelegatingMethodParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;

/**
 * Declares a {@link QueryParameters} argument in the OpenAPI document by the parameters of its type's {@code read}
 * method (springdoc would otherwise describe the type's fields), so the document says what it said when each
 * endpoint declared those parameters itself.
 */
@Component
class QueryParameterDocument implements DelegatingMethodParameterCustomizer {

    @Override
    public void customizeList(MethodParameter argument, List<MethodParameter> parameters) {
        if (QueryParameterReader.isQuery(argument.getParameterType())) {
            parameters.clear();
            parameters.addAll(QueryParameterReader.declared(argument.getParameterType()));
        }
    }

    @Override
    public void customize(MethodParameter argument, MethodParameter parameter) {
        // customizeList replaces the whole list of a query's parameters
    }
}
