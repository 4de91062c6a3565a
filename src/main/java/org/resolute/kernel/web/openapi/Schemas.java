package org.resolute.kernel.web.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.media.Schema;

/** Schemas written by hand, typed for both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}). */
final class Schemas {

    private Schemas() {
    }

    static <T> Schema<T> of(String type) {
        Schema<T> schema = new Schema<>();
        schema.type(type);
        schema.types(new LinkedHashSet<>(Set.of(type)));
        return schema;
    }

    static Schema<String> string() {
        return of("string");
    }

    static Schema<Object> object(Map<String, Schema> properties, List<String> required) {
        Schema<Object> schema = of("object");
        properties.forEach(schema::addProperty);
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }
}
