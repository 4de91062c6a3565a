package org.resolute.kernel.web.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The exact shape of every record the API writes, read from the record's Java type: a component marked
 * {@link Nullable} (or an {@code Optional}) is declared nullable (OpenAPI 3.1: {@code "null"} among its types, or
 * {@code anyOf} a reference and null), and every other component of a record that operations answer with is declared
 * required, since Jackson always writes it ({@code default-property-inclusion: always}) and never as null. Records
 * that are only taken as request bodies keep the required fields their validation constraints name: a component
 * without one may be left out by a client.
 */
@Component
class RecordShapes implements ModelConverter, GlobalOpenApiCustomizer {

    /**
     * The records met while schemas were resolved, by schema name. Shared by every instance in the JVM: swagger's
     * converters and resolved schemas are JVM-wide, so a second application context (as tests start) resolves
     * nothing again, and an instance's own map would stay empty.
     */
    private static final Map<String, Class<?>> RECORDS = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        String name = schema == null ? null : schema.get$ref() != null
                ? schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1) : schema.getName();
        if (name != null && type.getType() != null) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (raw.isRecord()) {
                RECORDS.put(name, raw);
            }
        }
        return schema;
    }

    @Override
    public void customise(OpenAPI document) {
        if (document.getComponents() == null || document.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Set<String> answered = new HashSet<>();
        Set<String> taken = new HashSet<>();
        if (document.getPaths() != null) {
            document.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> reach(response.getContent(), schemas,
                            answered));
                }
                if (operation.getRequestBody() != null) {
                    reach(operation.getRequestBody().getContent(), schemas, taken);
                }
            }));
        }
        RECORDS.forEach((name, record) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                shape(schema, record, answered.contains(name) && !taken.contains(name));
            }
        });
    }

    private static void shape(Schema<?> schema, Class<?> record, boolean answered) {
        Map<String, Schema> properties = schema.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                    || component.getType() == Optional.class) {
                properties.put(component.getName(), nullable(property));
            } else if (answered && (schema.getRequired() == null
                    || !schema.getRequired().contains(component.getName()))) {
                schema.addRequiredItem(component.getName());
            }
        }
    }

    /** The property, null allowed: "null" added to its types, or a reference offered beside null. */
    private static Schema nullable(Schema property) {
        boolean typed = property.get$ref() == null && property.getAllOf() == null && property.getAnyOf() == null
                && property.getOneOf() == null && (property.getTypes() != null || property.getType() != null);
        if (!typed) {
            Schema either = new Schema<>();
            either.setDescription(property.getDescription());
            property.setDescription(null);
            either.anyOf(List.of(property, Schemas.of("null")));
            return either;
        }
        Set<String> types = new LinkedHashSet<>(property.getTypes() != null ? property.getTypes()
                : Set.of(property.getType()));
        types.add("null");
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> options = new ArrayList<>(property.getEnum());
            options.add(null);
            property.setEnum(options);
        }
        return property;
    }

    private static void reach(Content content, Map<String, Schema> schemas, Set<String> names) {
        if (content != null) {
            content.values().forEach(media -> reach(media.getSchema(), schemas, names));
        }
    }

    private static void reach(Schema<?> schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            reach(additional, schemas, names);
        }
        for (List<Schema> branches : Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
                schema.getOneOf())) {
            if (branches != null) {
                branches.forEach(branch -> reach(branch, schemas, names));
            }
        }
    }
}
