package org.resolute.kernel.web.openapi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.web.openapi.HandlerAnswers.Fact;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * The success answers of every operation as its handler gives them: springdoc sees a {@code ResponseEntity} as a
 * 200, so the statuses the handler names (201 for a creation, 202 for a queued plan, 204 for nothing, 200 for a
 * replay) replace it, each with the headers the handler sets (Location, ETag, Idempotent-Replayed). The headers the
 * API enforces are marked required: Idempotency-Key on every operation that takes it (the rule of
 * {@code IdempotencyKeys}), If-Match where the handler applies {@code IfMatch.required}.
 */
@Component
class SuccessResponses implements GlobalOperationCustomizer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IF_MATCH = "If-Match";

    private final HandlerAnswers answers = new HandlerAnswers();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Set<Fact> facts = answers.of(handler.getMethod());
        if (ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType())) {
            statuses(operation, facts);
        }
        headers(operation, facts);
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("header".equals(parameter.getIn()) && IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.getName())) {
                    parameter.required(true).description("A key of the client's own that makes a retry safe: the "
                            + "same request sent again answers the first result");
                    if (parameter.getSchema() != null) {
                        parameter.getSchema().maxLength(IdempotencyKeys.MAX_LENGTH);
                    }
                }
                if ("header".equals(parameter.getIn()) && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                    parameter.description("The ETag this API answered with; a stale one answers 409");
                    if (facts.contains(Fact.IF_MATCH_REQUIRED)) {
                        parameter.required(true);
                    }
                }
            }
        }
        return operation;
    }

    private static void statuses(Operation operation, Set<Fact> facts) {
        ApiResponses responses = operation.getResponses();
        Map.Entry<String, ApiResponse> success = responses == null ? null : responses.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("2")).findFirst().orElse(null);
        if (success == null) {
            return;
        }
        Map<Integer, ApiResponse> answered = new TreeMap<>();
        if (facts.contains(Fact.CREATED)) {
            answered.put(201, copy(success.getValue(), HttpStatus.CREATED));
        }
        if (facts.contains(Fact.ACCEPTED)) {
            answered.put(202, copy(success.getValue(), HttpStatus.ACCEPTED));
        }
        if (facts.contains(Fact.NO_CONTENT)) {
            answered.put(204, new ApiResponse().description(HttpStatus.NO_CONTENT.getReasonPhrase()));
        }
        if (facts.contains(Fact.OK) || facts.contains(Fact.REPLAYED) || answered.isEmpty()) {
            answered.put(200, copy(success.getValue(), HttpStatus.OK));
        }
        responses.remove(success.getKey());
        answered.forEach((status, response) -> responses.addApiResponse(String.valueOf(status), response));
    }

    private static ApiResponse copy(ApiResponse response, HttpStatus status) {
        Content content = response.getContent() == null ? null : new Content();
        if (content != null) {
            content.putAll(response.getContent());
        }
        return new ApiResponse().description(status.getReasonPhrase()).content(content);
    }

    private static void headers(Operation operation, Set<Fact> facts) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().forEach((status, response) -> {
            if (facts.contains(Fact.LOCATION) && (status.equals("201") || status.equals("202"))) {
                response.addHeaderObject("Location", new Header().required(true)
                        .description("Where the new record (or the queued work) is read")
                        .schema(Schemas.string().format("uri-reference")));
            }
            if (facts.contains(Fact.ETAG) && (status.equals("200") || status.equals("201"))) {
                response.addHeaderObject("ETag", new Header().required(true)
                        .description("The record's version, to send back in If-Match with a change")
                        .schema(Schemas.string()));
            }
            if (facts.contains(Fact.REPLAYED) && status.equals("200")) {
                response.description("The first answer to this Idempotency-Key, replayed");
                response.addHeaderObject("Idempotent-Replayed", new Header().required(true)
                        .description("true: this answer replays the first request sent with the key")
                        .schema(Schemas.string()._enum(List.of("true"))));
            }
        });
    }
}
