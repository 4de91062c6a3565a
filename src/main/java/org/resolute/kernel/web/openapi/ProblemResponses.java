package org.resolute.kernel.web.openapi;

import static org.springframework.http.MediaType.APPLICATION_PDF_VALUE;
import static org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
import static org.springframework.http.MediaType.parseMediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.resolute.kernel.PublicPaths;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;

/**
 * The error answers of every operation, each an RFC 9457 {@code application/problem+json} body of the one
 * {@code Problem} schema (the shape {@code ApiExceptionHandler} and {@code Problems} write), declared by what the
 * operation takes: 400 when it takes a body or parameters, 401 and 403 unless its path is public (401 alone when it
 * is: a token sent there is still checked), 404 when a path variable or the body names a record (a body may name one
 * that does not exist), 406 always, 409 for writes (a stale If-Match, a key already taken, a request under the same
 * Idempotency-Key still in progress), 413 and 415 when it takes a body, 422 when it takes an Idempotency-Key (or
 * its body's items each carry one). Also names exact media types: {@code text/csv} without parameters, PDF as binary.
 */
@Component
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = APPLICATION_PROBLEM_JSON_VALUE;

    private final List<String> publicPatterns;
    private final AntPathMatcher paths = new AntPathMatcher();

    ProblemResponses(List<PublicPaths> publicPaths) {
        this.publicPatterns = publicPaths.stream().flatMap(paths -> paths.patterns().stream()).toList();
    }

    @Override
    public void customise(OpenAPI document) {
        document.getComponents().addSchemas(PROBLEM, problem());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            errors(path, method, operation, document.getComponents().getSchemas());
            mediaTypes(operation);
        }));
    }

    private void errors(String path, PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean keyed = parameters.stream().anyMatch(parameter -> "header".equals(parameter.getIn())
                && SuccessResponses.IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName()))
                || body && bodyCarriesKeys(operation, schemas);
        boolean versioned = parameters.stream().anyMatch(parameter -> "header".equals(parameter.getIn())
                && SuccessResponses.IF_MATCH.equalsIgnoreCase(parameter.getName()));
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        Map<HttpStatus, String> errors = new TreeMap<>();
        if (body || !parameters.isEmpty()) {
            errors.put(HttpStatus.BAD_REQUEST, "A value is missing or invalid; field and errors name it");
        }
        if (isPublic(path)) {
            errors.put(HttpStatus.UNAUTHORIZED, "An access token was sent that is unknown or revoked (none is needed)");
        } else {
            errors.put(HttpStatus.UNAUTHORIZED, "No valid access token or session");
            errors.put(HttpStatus.FORBIDDEN, "The caller's roles do not allow this");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn())) || body) {
            errors.put(HttpStatus.NOT_FOUND, "No such record, or one the caller may not see");
        }
        errors.put(HttpStatus.NOT_ACCEPTABLE, "None of the media types in Accept can be answered");
        if (write || versioned || keyed) {
            errors.put(HttpStatus.CONFLICT, "The record was changed meanwhile (a stale If-Match), its key is taken, "
                    + "or a request under the same Idempotency-Key is still in progress");
        }
        if (body) {
            errors.put(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large");
            errors.put(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not sent as a media type this operation takes");
        }
        if (keyed) {
            errors.put(HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used for a different request");
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        errors.forEach((status, description) -> operation.getResponses().addApiResponse(
                String.valueOf(status.value()), new ApiResponse().description(description).content(new Content()
                        .addMediaType(PROBLEM_JSON, new MediaType().schema(
                                new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
    }

    /** A body whose items carry an {@code idempotencyKey} each (a batch) is refused 422 like a keyed call. */
    private static boolean bodyCarriesKeys(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody().getContent() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .map(schema -> schema.getItems() != null ? schema.getItems() : schema)
                .map(schema -> schema.get$ref() == null ? schema
                        : schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)))
                .anyMatch(schema -> schema != null && schema.getProperties() != null
                        && schema.getProperties().containsKey("idempotencyKey"));
    }

    private boolean isPublic(String path) {
        return publicPatterns.stream().anyMatch(pattern -> paths.match(pattern, path));
    }

    /** {@code text/csv;charset=UTF-8} is named {@code text/csv}; a PDF is a binary string, not base64 text. */
    private static void mediaTypes(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().values().forEach(response -> {
            Content content = response.getContent();
            if (content == null) {
                return;
            }
            Content exact = new Content();
            content.forEach((type, media) -> {
                String name = parseMediaType(type).getType() + "/"
                        + parseMediaType(type).getSubtype();
                if (name.equals(APPLICATION_PDF_VALUE)) {
                    media.schema(Schemas.string().format("binary"));
                }
                exact.addMediaType(name.equals("text/csv") ? name : type, media);
            });
            response.content(exact);
        });
    }

    /** The one problem detail, as {@code ApiExceptionHandler} and {@code Problems} write it. */
    private static Schema<Object> problem() {
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", Schemas.string().description("The field (or header, or parameter) that failed"));
        error.put("message", Schemas.string().description("What is wrong with it"));
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", Schemas.string().format("uri-reference")
                .description("A URI naming the kind of problem; about:blank when the status says it all"));
        properties.put("title", Schemas.string().description("The status's reason phrase"));
        properties.put("status", Schemas.of("integer").format("int32").description("The HTTP status"));
        properties.put("detail", Schemas.string().description("What went wrong, for a person"));
        properties.put("instance", Schemas.string().format("uri-reference").description("The request's path"));
        properties.put("field", Schemas.string().description("The first field that failed, for bad input"));
        Schema<Object> errors = Schemas.of("array");
        errors.items(Schemas.object(error, List.of("field", "message")));
        properties.put("errors", errors.description("Every field that failed, for bad input"));
        properties.put("reference", Schemas.string()
                .description("For an unexpected failure: the reference of the log line (the request's id)"));
        properties.put("requestId", Schemas.string()
                .description("The request's id, as in the X-Request-Id header and on every log line it wrote"));
        return Schemas.object(properties, new ArrayList<>(List.of("title", "status")))
                .description("An RFC 9457 problem detail");
    }
}
