package org.resolute.kernel.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.kernel.IdempotencyKeys;
import org.resolute.kernel.Money;
import org.resolute.kernel.PublicPaths;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document answers as the API does: exact media types (never {@code *}/{@code *}), the one RFC 9457
 * {@code Problem} for every error, 401 and 403 wherever a caller must be signed in, the statuses and headers of
 * creations, PDFs as binary, the headers the API refuses a call without marked required, money's currency as the
 * code string Jackson writes, and one Java type per schema name.
 */
abstract class ApiContractTests {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    List<PublicPaths> publicPaths;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs").with(user("reader").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void noRequestOrResponseIsDeclaredAsAnyMediaType() {
        List<String> wildcards = new ArrayList<>();
        operations().forEach((name, operation) -> {
            operation.path("responses").properties().forEach(response -> response.getValue().path("content")
                    .propertyNames().stream().filter(type -> type.contains("*"))
                    .forEach(type -> wildcards.add(name + " " + response.getKey() + " " + type)));
            operation.path("requestBody").path("content").propertyNames().stream()
                    .filter(type -> type.contains("*")).forEach(type -> wildcards.add(name + " body " + type));
        });
        assertThat(wildcards).isEmpty();
        assertThat(document.toString()).doesNotContain("*/*").doesNotContain("ModelAndView");
    }

    @Test
    void everyNonPublicOperationDeclares401And403AsProblems() {
        AntPathMatcher matcher = new AntPathMatcher();
        List<String> missing = new ArrayList<>();
        int nonPublic = 0;
        for (Map.Entry<String, JsonNode> entry : operations().entrySet()) {
            String path = entry.getKey().substring(entry.getKey().indexOf(' ') + 1);
            boolean open = publicPaths.stream().flatMap(paths -> paths.patterns().stream())
                    .anyMatch(pattern -> matcher.match(pattern, path));
            if (open) {
                assertThat(isProblem(entry.getValue().path("responses").path("401"))).as(entry.getKey()).isTrue();
                assertThat(entry.getValue().path("responses").has("403")).as(entry.getKey()).isFalse();
            } else {
                nonPublic++;
                for (String status : List.of("401", "403")) {
                    if (!isProblem(entry.getValue().path("responses").path(status))) {
                        missing.add(entry.getKey() + " " + status);
                    }
                }
            }
        }
        assertThat(nonPublic).isGreaterThan(90);
        assertThat(missing).isEmpty();
    }

    @Test
    void aPublicOperationAnswersAnUnknownTokenWithTheDeclared401() throws Exception {
        var answer = mvc.perform(get("/api/v1/public/funds").header("Authorization", "Bearer no-such-token"))
                .andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getContentType()).startsWith(ProblemResponses.PROBLEM_JSON);
        assertThat(isProblem(operation("get /api/v1/public/funds").path("responses").path("401"))).isTrue();
    }

    @Test
    void everyErrorIsTheOneProblemAsProblemJson() {
        Set<String> errors = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> operation.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                errors.add(response.getKey());
                if (!isProblem(response.getValue())) {
                    wrong.add(name + " " + response.getKey());
                }
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(errors).contains("400", "401", "403", "404", "406", "409", "413", "415", "422");
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "field",
                "errors", "reference");
        assertThat(problem.path("errors").path("items").path("properties").propertyNames())
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void operationsThatTakeABodyOrParametersDeclare400AndThoseNamingARecord404() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            boolean takesInput = operation.has("requestBody") || !operation.path("parameters").isEmpty();
            if (takesInput && !isProblem(operation.path("responses").path("400"))) {
                missing.add(name + " 400");
            }
            boolean namesRecord = false;
            for (JsonNode parameter : operation.path("parameters")) {
                namesRecord |= parameter.path("in").asString().equals("path");
            }
            if (namesRecord && !isProblem(operation.path("responses").path("404"))) {
                missing.add(name + " 404");
            }
            if (operation.has("requestBody")) {
                for (String status : List.of("413", "415")) {
                    if (!isProblem(operation.path("responses").path(status))) {
                        missing.add(name + " " + status);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void creationsDeclare201WithLocationAndNoOtherSuccessThanTheHandlerGives() {
        for (String creation : List.of("post /api/v1/receipts", "post /api/v1/movements",
                "post /api/v1/ledger/postings", "post /api/v1/ledger/postings/{id}/reversal", "post /api/v1/pledges",
                "post /api/v1/donors", "post /api/v1/requirements", "post /api/v1/ceilings", "post /api/v1/caveats",
                "post /api/v1/funds/{code}/board-meetings", "post /api/v1/engagements", "post /api/v1/users")) {
            JsonNode created = operation(creation).path("responses").path("201");
            assertThat(created.path("content").has("application/json")).as(creation).isTrue();
            assertThat(created.path("headers").path("Location").path("required").asBoolean()).as(creation).isTrue();
        }
        for (String creation : List.of("post /api/v1/engagements", "post /api/v1/tokens", "post /api/v1/users",
                "post /api/v1/ledger/accounts", "post /api/v1/advising/assessments")) {
            assertThat(operation(creation).path("responses").propertyNames()).as(creation)
                    .contains("201").doesNotContain("200");
        }
        JsonNode plan = operation("post /api/v1/plans").path("responses");
        assertThat(plan.propertyNames()).contains("202").doesNotContain("200", "201");
        assertThat(plan.path("202").path("headers").has("Location")).isTrue();
        JsonNode close = operation("post /api/v1/ledger/periods/{month}/close").path("responses");
        assertThat(close.propertyNames()).contains("204").doesNotContain("200");
        assertThat(close.path("204").has("content")).isFalse();
        for (String read : List.of("put /api/v1/engagements/{id}", "get /api/v1/engagements/{id}",
                "post /api/v1/engagements/{id}/submit")) {
            JsonNode engagement = operation(read).path("responses");
            assertThat(engagement.path("200").path("headers").has("ETag")).as(read).isTrue();
            assertThat(engagement.propertyNames()).as(read).doesNotContain("201");
        }
        assertThat(operation("post /api/v1/engagements").path("responses").path("201").path("headers").has("ETag"))
                .isTrue();
    }

    @Test
    void aKeyedOperationRequiresItsIdempotencyKeyAndDeclaresTheReplayAnd422() {
        for (String keyed : List.of("post /api/v1/receipts", "post /api/v1/movements", "post /api/v1/ledger/postings",
                "post /api/v1/ledger/postings/{id}/reversal", "post /api/v1/iati/import",
                "post /api/v1/strength-reports/import")) {
            JsonNode operation = operation(keyed);
            assertThat(header(operation, "Idempotency-Key").path("required").asBoolean()).as(keyed).isTrue();
            assertThat(header(operation, "Idempotency-Key").path("schema").path("maxLength").asInt()).as(keyed)
                    .isEqualTo(IdempotencyKeys.MAX_LENGTH);
            assertThat(isProblem(operation.path("responses").path("422"))).as(keyed).isTrue();
        }
        for (String replayed : List.of("post /api/v1/receipts", "post /api/v1/movements",
                "post /api/v1/ledger/postings", "post /api/v1/ledger/postings/{id}/reversal")) {
            assertThat(operation(replayed).path("responses").path("200").path("headers").has("Idempotent-Replayed"))
                    .as(replayed).isTrue();
        }
        List<String> optionalKeys = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode key = header(operation, "Idempotency-Key");
            if (!key.isMissingNode() && !key.path("required").asBoolean()) {
                optionalKeys.add(name);
            }
        });
        assertThat(optionalKeys).isEmpty();
    }

    @Test
    void ifMatchIsRequiredWhereAnUpdateIsRefusedWithoutIt() {
        assertThat(header(operation("put /api/v1/engagements/{id}"), "If-Match").path("required").asBoolean())
                .isTrue();
        assertThat(header(operation("put /api/v1/users/{id}"), "If-Match").path("required").asBoolean()).isTrue();
        JsonNode submit = header(operation("post /api/v1/engagements/{id}/submit"), "If-Match");
        assertThat(submit.isMissingNode()).isFalse();
        assertThat(submit.path("required").asBoolean()).isFalse();
    }

    @Test
    void exportsNameTheirExactMediaTypesAndAPdfIsBinary() {
        JsonNode placemat = operation("get /api/v1/placemat").path("responses").path("200").path("content");
        assertThat(placemat.propertyNames()).containsExactlyInAnyOrder("application/json", "application/pdf",
                "text/csv");
        assertThat(operation("get /api/v1/engagements/export").path("responses").path("200").path("content")
                .propertyNames()).containsExactly("text/csv");
        assertThat(operation("get /api/v1/funds/{code}/iati").path("responses").path("200").path("content")
                .propertyNames()).containsExactly("application/xml");
        List<String> pdfs = new ArrayList<>();
        operations().forEach((name, operation) -> operation.path("responses").properties().forEach(response -> {
            JsonNode pdf = response.getValue().path("content").path("application/pdf");
            if (!pdf.isMissingNode()) {
                pdfs.add(name);
                assertThat(pdf.path("schema").path("type").asString()).as(name).isEqualTo("string");
                assertThat(pdf.path("schema").path("format").asString()).as(name).isEqualTo("binary");
            }
        }));
        assertThat(pdfs).isNotEmpty();
    }

    @Test
    void moneyIsDescribedAsJacksonWritesItWithItsCurrencyAsACode() {
        JsonNode money = document.path("components").path("schemas").path("Money").path("properties");
        assertThat(money.path("currency").path("type").asString()).isEqualTo("string");
        assertThat(money.path("currency").has("properties")).isFalse();
        JsonNode written = json.valueToTree(Money.of("12.50", "EUR"));
        assertThat(written.path("currency").isString()).isTrue();
        assertThat(new TreeSet<>(money.propertyNames())).isEqualTo(new TreeSet<>(written.propertyNames()));
    }

    @Test
    void anAuditEntrysBeforeAndAfterAreJsonObjects() {
        JsonNode entry = document.path("components").path("schemas").path("AuditEntryResponse").path("properties");
        for (String side : List.of("before", "after")) {
            assertThat(entry.path(side).path("type").toString()).contains("\"object\"");
            assertThat(entry.path(side).has("properties")).isFalse();
        }
        assertThat(document.path("components").path("schemas").has("JsonNode")).isFalse();
    }

    @Test
    void noSchemaNameStandsForTwoJavaTypes() {
        Map<String, Set<Class<?>>> named = new TreeMap<>();
        Set<Type> seen = new HashSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getKey().getPatternValues().stream().noneMatch(path -> path.startsWith("/api/"))) {
                continue;
            }
            Method method = mapping.getValue().getMethod();
            collect(method.getGenericReturnType(), named, seen);
            for (int i = 0; i < method.getParameterCount(); i++) {
                if (new MethodParameter(method, i).hasParameterAnnotation(RequestBody.class)) {
                    collect(method.getGenericParameterTypes()[i], named, seen);
                }
            }
        }
        assertThat(named).containsKey("PlacematLine");
        Map<String, Set<Class<?>>> twice = new TreeMap<>(named);
        twice.values().removeIf(types -> types.size() < 2);
        assertThat(twice).isEmpty();
    }

    private static void collect(Type type, Map<String, Set<Class<?>>> named, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), named, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collect(argument, named, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), named, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collect(bound, named, seen);
            }
        } else if (type instanceof Class<?> type1) {
            if (type1.isArray()) {
                collect(type1.getComponentType(), named, seen);
                return;
            }
            if (!type1.getName().startsWith("org.resolute.") || type1.isEnum()) {
                return;
            }
            if (type1.getTypeParameters().length == 0) {
                Schema schema = type1.getAnnotation(Schema.class);
                String name = schema != null && !schema.name().isEmpty() ? schema.name() : type1.getSimpleName();
                named.computeIfAbsent(name, key -> new HashSet<>()).add(type1);
            }
            if (type1.isRecord()) {
                for (RecordComponent component : type1.getRecordComponents()) {
                    collect(component.getGenericType(), named, seen);
                }
            } else {
                for (Field field : type1.getDeclaredFields()) {
                    if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        collect(field.getGenericType(), named, seen);
                    }
                }
            }
        }
    }

    private static boolean isProblem(JsonNode response) {
        JsonNode content = response.path("content");
        return content.size() == 1 && PROBLEM_REF.equals(
                content.path("application/problem+json").path("schema").path("$ref").asString(null));
    }

    private static JsonNode header(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("header") && parameter.path("name").asString().equals(name)) {
                return parameter;
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    private JsonNode operation(String name) {
        JsonNode operation = operations().get(name);
        assertThat(operation).as(name).isNotNull();
        return operation;
    }

    /** Every operation of the document, by "method path". */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operations.put(method.getKey() + " " + path.getKey(), method.getValue())));
        return operations;
    }
}

@OnH2
class ApiContractOnH2Tests extends ApiContractTests {
}

@OnPostgres
class ApiContractOnPostgresTests extends ApiContractTests {
}
