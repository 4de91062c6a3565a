package org.resolute.kernel.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resolute.advising.domain.EngagementStatus;
import org.resolute.force.Activity;
import org.resolute.support.ApiResponseContract;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The exact shapes of the committed document (kept equal to the served one by {@code ApiDocumentTests}): a record
 * component marked {@code @Nullable} is nullable and the others of an answered record are required, date query
 * parameters are dates and kinds are enums; and the check every API test's answers pass through refuses an
 * undeclared status, media type, field or null.
 */
class ResponseShapesTests {

    private final JsonNode document = read();

    private static JsonNode read() {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(Path.of("docs/openapi.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    @Test
    void aNullableComponentAllowsNullAndTheOthersAreRequired() {
        JsonNode me = schema("Me");
        assertThat(me.path("properties").path("nation").path("type").toString()).contains("\"null\"");
        assertThat(names(me.path("required"))).contains("username", "roles", "clearance").doesNotContain("nation");
        JsonNode provenance = schema("Provenance");
        assertThat(provenance.path("properties").path("asOf").path("type").toString()).contains("\"null\"");
        assertThat(names(provenance.path("required"))).contains("source", "status").doesNotContain("asOf");
        JsonNode engagement = schema("EngagementResponse").path("properties").path("atmosphere");
        assertThat(engagement.path("type").toString()).contains("\"null\"");
        assertThat(engagement.path("enum").toString()).contains("null");
    }

    @Test
    void aRecordOnlyTakenAsABodyGetsNoRequiredFieldsFromItsJavaType() {
        JsonNode newUser = schema("NewUser");
        assertThat(names(newUser.path("required"))).doesNotContain("displayName", "nation");
    }

    @Test
    void dateQueryParametersAreDatesAndKindsAreEnums() {
        List<String> untyped = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method ->
                method.getValue().path("parameters").forEach(parameter -> {
                    String name = parameter.path("name").asString();
                    if (parameter.path("in").asString().equals("query")
                            && QueryParameterTypes.DAYS.contains(name)
                            && !parameter.path("schema").path("format").asString("").equals("date")) {
                        untyped.add(method.getKey() + " " + path.getKey() + " " + name);
                    }
                })));
        assertThat(untyped).isEmpty();
        JsonNode kind = document.path("paths").path("/api/v1/decisions").path("get").path("parameters").get(0);
        assertThat(kind.path("name").asString()).isEqualTo("kind");
        assertThat(kind.path("schema").path("enum").toString()).contains("DECISION", "COMMITMENT");
    }

    @Test
    void statusActivityPriorityAndKindFiltersDeclareTheValuesTheApiTakes() {
        List<String> statuses = new ArrayList<>(Arrays.stream(EngagementStatus.values()).map(Enum::name).toList());
        statuses.add("DUE");
        for (String path : List.of("/api/v1/engagements", "/api/v1/engagements/export")) {
            assertThat(values(query(path, "status").path("enum"))).as(path).containsExactlyInAnyOrderElementsOf(
                    statuses);
        }
        assertThat(values(query("/api/v1/requirements", "activity").path("enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Activity.values()).map(Enum::name).toList());
        JsonNode priority = query("/api/v1/requirements", "priority");
        assertThat(priority.path("type").asString()).isEqualTo("integer");
        assertThat(priority.path("minimum").asInt()).isEqualTo(1);
        assertThat(priority.path("maximum").asInt()).isEqualTo(5);
        assertThat(values(query("/api/v1/advising/known", "kind").path("enum")))
                .containsExactlyInAnyOrder("ADVISOR", "COUNTERPART", "PLACE");
    }

    /** The schema of a GET operation's query parameter. */
    private JsonNode query(String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return parameter.path("schema");
            }
        }
        throw new AssertionError(path + " has no query parameter " + name);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    @Test
    void theResponseCheckRefusesAnUndeclaredStatusMediaTypeFieldOrNull() {
        ApiResponseContract contract = ApiResponseContract.committed();
        byte[] me = """
                {"username": "viewer", "roles": ["VIEWER"], "nation": null, "clearance": "MISSION"}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(contract.check("GET", "/api/v1/me", 200, "application/json", me)).isEmpty();
        assertThat(contract.check("GET", "/api/v1/me", 418, "application/json", me))
                .anyMatch(error -> error.contains("status 418"));
        assertThat(contract.check("GET", "/api/v1/me", 200, "text/html", me))
                .anyMatch(error -> error.contains("media type"));
        byte[] extra = """
                {"username": "viewer", "roles": [], "nation": "FIN", "clearance": "MISSION", "secret": 1}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(contract.check("GET", "/api/v1/me", 200, "application/json", extra))
                .anyMatch(error -> error.contains("$.secret"));
        byte[] nullName = """
                {"username": null, "roles": [], "nation": "FIN", "clearance": "MISSION"}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(contract.check("GET", "/api/v1/me", 200, "application/json", nullName))
                .anyMatch(error -> error.contains("$.username: null"));
        byte[] missing = """
                {"roles": [], "nation": "FIN", "clearance": "MISSION"}""".getBytes(StandardCharsets.UTF_8);
        assertThat(contract.check("GET", "/api/v1/me", 200, "application/json", missing))
                .anyMatch(error -> error.contains("$.username: required"));
        assertThat(contract.check("GET", "/no/such/page", 200, "text/html", new byte[] {1})).isEmpty();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asString()));
        return names;
    }
}
