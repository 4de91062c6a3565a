package org.resolute.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every answer an API test receives against the committed OpenAPI document ({@code docs/openapi.json}, which
 * {@code ApiDocumentTests} keeps equal to the served one): the status must be declared for the operation, the media
 * type must be one it declares, and a JSON body must fit the declared schema exactly: no field the schema does not
 * name, no null where the schema allows none, every required field present, enum values declared, dates as dates.
 * Requests to paths the document does not describe (pages, assets) are not checked.
 */
public final class ApiResponseContract implements ResultHandler {

    static final Path DOCUMENT = Path.of("docs/openapi.json");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static volatile ApiResponseContract shared;

    private final JsonNode document;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Pattern, JsonNode> paths = new LinkedHashMap<>();

    ApiResponseContract(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> paths.put(template(path.getKey()), path.getValue()));
    }

    /** The contract of the committed document, read once. */
    public static ApiResponseContract committed() {
        if (shared == null) {
            synchronized (ApiResponseContract.class) {
                if (shared == null) {
                    try {
                        shared = new ApiResponseContract(JsonMapper.builder().build()
                                .readTree(Files.readString(DOCUMENT)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return shared;
    }

    @Override
    public void handle(MvcResult result) throws Exception {
        MockHttpServletRequest request = result.getRequest();
        if (request.isAsyncStarted()) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        List<String> errors = check(request.getMethod(), request.getRequestURI(), response.getStatus(),
                response.getContentType(), response.getContentAsByteArray());
        if (!errors.isEmpty()) {
            throw new AssertionError("The answer to " + request.getMethod() + " " + request.getRequestURI()
                    + " (" + response.getStatus() + ") disagrees with docs/openapi.json:\n  "
                    + String.join("\n  ", errors.subList(0, Math.min(errors.size(), 30))));
        }
    }

    /** What is wrong with an answer, by the document; empty when it fits or when the path is not described. */
    public List<String> check(String method, String path, int status, String contentType, byte[] body) {
        JsonNode operation = operation(method, path);
        List<String> errors = new ArrayList<>();
        if (operation == null) {
            return errors;
        }
        JsonNode responses = operation.path("responses");
        JsonNode declared = responses.has(String.valueOf(status)) ? responses.path(String.valueOf(status))
                : responses.path("default");
        if (declared.isMissingNode()) {
            errors.add("status " + status + " is not declared (declared: " + responses.propertyNames() + ")");
            return errors;
        }
        declared = resolve(declared);
        if (body.length == 0 || contentType == null) {
            return errors;
        }
        MediaType actual = MediaType.parseMediaType(contentType);
        String name = actual.getType() + "/" + actual.getSubtype();
        JsonNode content = declared.path("content");
        JsonNode media = content.has(contentType) ? content.path(contentType) : content.path(name);
        if (media.isMissingNode()) {
            errors.add("media type " + contentType + " is not declared (declared: " + content.propertyNames() + ")");
            return errors;
        }
        if (actual.getSubtype().equals("json") || actual.getSubtype().endsWith("+json")) {
            JsonNode value;
            try {
                value = json.readTree(body);
            } catch (JacksonException e) {
                errors.add("the body is not JSON: " + e.getOriginalMessage());
                return errors;
            }
            if (!media.path("schema").isMissingNode()) {
                validate(value, media.path("schema"), "$", errors);
            }
        }
        return errors;
    }

    private JsonNode operation(String method, String path) {
        String verb = method.toLowerCase();
        if (!METHODS.contains(verb)) {
            return null;
        }
        JsonNode best = null;
        int literal = -1;
        for (Map.Entry<Pattern, JsonNode> entry : paths.entrySet()) {
            if (entry.getKey().matcher(path).matches() && entry.getValue().has(verb)) {
                int fixed = entry.getKey().pattern().replace("[^/]+", "").length();
                if (fixed > literal) {
                    best = entry.getValue().path(verb);
                    literal = fixed;
                }
            }
        }
        return best;
    }

    private static Pattern template(String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asString();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    private void validate(JsonNode value, JsonNode given, String where, List<String> errors) {
        JsonNode schema = resolve(given);
        for (String combinator : List.of("anyOf", "oneOf")) {
            if (schema.has(combinator)) {
                boolean fits = false;
                for (JsonNode branch : schema.path(combinator)) {
                    List<String> branchErrors = new ArrayList<>();
                    validate(value, branch, where, branchErrors);
                    fits |= branchErrors.isEmpty();
                }
                if (!fits) {
                    errors.add(where + ": fits none of " + combinator);
                }
                return;
            }
        }
        if (schema.has("allOf")) {
            schema.path("allOf").forEach(branch -> validate(value, branch, where, errors));
        }
        List<String> types = new ArrayList<>();
        if (schema.path("type").isArray()) {
            schema.path("type").forEach(type -> types.add(type.asString()));
        } else if (schema.path("type").isString()) {
            types.add(schema.path("type").asString());
        }
        if (value.isNull()) {
            boolean nullable = types.contains("null") || schema.path("nullable").asBoolean(false)
                    || (types.isEmpty() && !schema.has("properties") && !schema.has("enum"));
            if (!nullable) {
                errors.add(where + ": null where the document allows none");
            }
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode option : schema.path("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                errors.add(where + ": " + value + " is not one of " + schema.path("enum"));
            }
        }
        String type = types.stream().filter(candidate -> fitsType(value, candidate)).findFirst().orElse(null);
        if (!types.isEmpty() && type == null) {
            errors.add(where + ": " + kind(value) + " where the document says " + types);
            return;
        }
        if (value.isString()) {
            format(value.asString(), schema.path("format").asString(""), where, errors);
        }
        if (value.isArray()) {
            int index = 0;
            for (JsonNode item : value) {
                if (schema.has("items")) {
                    validate(item, schema.path("items"), where + "[" + index + "]", errors);
                }
                index++;
            }
        }
        if (value.isObject()) {
            object(value, schema, where, errors);
        }
    }

    private void object(JsonNode value, JsonNode schema, String where, List<String> errors) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean freeForm = !schema.has("properties") && (additional.isMissingNode() || additional.asBoolean(false));
        schema.path("required").forEach(required -> {
            if (!value.has(required.asString())) {
                errors.add(where + "." + required.asString() + ": required but absent");
            }
        });
        value.properties().forEach(field -> {
            String at = where + "." + field.getKey();
            if (properties.has(field.getKey())) {
                validate(field.getValue(), properties.path(field.getKey()), at, errors);
            } else if (additional.isObject()) {
                validate(field.getValue(), additional, at, errors);
            } else if (!freeForm && !additional.asBoolean(false)) {
                errors.add(at + ": a field the document does not declare");
            }
        });
    }

    private static boolean fitsType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.isString() ? "a string" : value.isNumber() ? "a number" : value.isBoolean() ? "a boolean"
                : value.isArray() ? "an array" : value.isObject() ? "an object" : value.toString();
    }

    private static void format(String value, String format, String where, List<String> errors) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> {
                }
            }
        } catch (DateTimeParseException e) {
            errors.add(where + ": '" + value + "' is not a " + format);
        }
    }
}
