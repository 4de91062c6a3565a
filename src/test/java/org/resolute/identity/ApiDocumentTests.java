package org.resolute.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.Accounts;
import org.resolute.support.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document a client team generates its client from: who may call each operation (checked against
 * what the API answers an anonymous caller), names a person would choose, and the committed copy in
 * {@code docs/openapi.json}, which must be the document served. Refresh the copy with
 * {@code ./mvnw test -Dtest=ApiDocumentTests -Dresolute.openapi.write=true}.
 */
@OnH2
class ApiDocumentTests {

    static final Path COMMITTED = Path.of("docs/openapi.json");

    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z][A-Za-z]+$");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JsonMapper json;

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        document = json.readTree(mvc.perform(get("/v3/api-docs").with(user(accounts.loadUserByUsername("viewer"))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void everyOperationHasAUniqueMeaningfulIdASummaryAndADescribedDomainArea() {
        Map<String, String> areas = new HashMap<>();
        document.path("tags").forEach(tag -> areas.put(tag.path("name").asString(), tag.path("description")
                .asString("")));
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operations().forEach((name, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!OPERATION_ID.matcher(id).matches()) {
                failures.add(name + ": operation id '" + id + "' is not a plain camel-case name without digits");
            }
            if (!ids.add(id)) {
                failures.add(name + ": operation id '" + id + "' is used twice");
            }
            if (operation.path("summary").asString("").isBlank()) {
                failures.add(name + ": no summary");
            }
            if (operation.path("tags").size() != 1) {
                failures.add(name + ": tagged " + operation.path("tags") + ", not with one domain area");
            }
            operation.path("tags").forEach(tag -> {
                if (areas.getOrDefault(tag.asString(), "").isBlank()) {
                    failures.add(name + ": tag '" + tag.asString() + "' is not declared with a description");
                }
            });
        });
        assertThat(operations()).hasSizeGreaterThan(100);
        assertThat(failures).isEmpty();
        assertThat(document.at("/info/title").asString()).contains("Resolute");
        assertThat(document.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.at("/info/description").asString()).isNotBlank();
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
    }

    @Test
    void everyOperationTakesATokenOrTheSessionAndThePublicReadsNoCredentialAsTheApiAnswers() throws Exception {
        assertThat(document.at("/components/securitySchemes/bearerAuth/type").asString()).isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearerAuth/description").asString())
                .contains("POST /api/v1/tokens");
        JsonNode cookie = document.at("/components/securitySchemes/sessionCookie");
        assertThat(cookie.path("type").asString()).isEqualTo("apiKey");
        assertThat(cookie.path("in").asString()).isEqualTo("cookie");
        var signedIn = mvc.perform(formLogin().user("viewer").password("resolute-demo")).andReturn().getResponse();
        assertThat(signedIn.getCookie(cookie.path("name").asString()))
                .as("the session cookie the document names is the one signing in sets").isNotNull();
        assertThat(document.path("security").toString())
                .isEqualTo("[{\"bearerAuth\":[]},{\"sessionCookie\":[]}]");

        List<String> failures = new ArrayList<>();
        Set<String> publicOperations = new HashSet<>();
        for (Map.Entry<String, JsonNode> operation : operations().entrySet()) {
            JsonNode security = operation.getValue().get("security");
            boolean isPublic = security != null;
            if (isPublic) {
                publicOperations.add(operation.getKey());
                if (!security.toString().equals("[{},{\"bearerAuth\":[]},{\"sessionCookie\":[]}]")) {
                    failures.add(operation.getKey() + ": security " + security);
                }
            }
            if (!operation.getKey().startsWith("GET ")) {
                if (isPublic) {
                    failures.add(operation.getKey() + ": a write declared public");
                }
                continue;
            }
            String url = operation.getKey().substring(4).replaceAll("\\{[^}]+}", "1");
            int status = mvc.perform(get(url).accept(MediaType.ALL)).andReturn().getResponse().getStatus();
            if (isPublic && status == 401) {
                failures.add(operation.getKey() + ": declared public, but an anonymous caller gets 401");
            } else if (!isPublic && status != 401) {
                failures.add(operation.getKey() + ": declared to need a credential, but an anonymous caller gets "
                        + status);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(publicOperations).contains("GET /api/v1/public/funds", "GET /api/v1/placemat",
                "GET /api/v1/meetings", "GET /api/v1/decisions/{id}", "GET /api/v1/funds/{code}/iati");
        assertThat(publicOperations).doesNotContain("GET /api/v1/funds", "GET /api/v1/me");
    }

    /**
     * The committed copy is the document served, key by key, so a reviewer sees every change to the contract in the
     * diff. With {@code -Dresolute.openapi.write=true} it is rewritten instead.
     */
    @Test
    void theCommittedDocumentIsTheOneServed() throws Exception {
        String served = json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sorted(document))
                + "\n";
        if (Boolean.getBoolean("resolute.openapi.write")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " is missing; write it with "
                + "./mvnw test -Dtest=ApiDocumentTests -Dresolute.openapi.write=true").isTrue();
        String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        if (!committed.equals(served)) {
            fail("""
                    The OpenAPI document served at /v3/api-docs differs from the committed %s: the API's contract \
                    changed (%s). Review the change, then refresh the file with
                      ./mvnw test -Dtest=ApiDocumentTests -Dresolute.openapi.write=true
                    and commit it.""".formatted(COMMITTED, firstDifference(committed, served)));
        }
    }

    private static String firstDifference(String committed, String served) {
        List<String> before = committed.lines().toList();
        List<String> after = served.lines().toList();
        int line = 0;
        while (line < before.size() && line < after.size() && before.get(line).equals(after.get(line))) {
            line++;
        }
        return "first at line %d: committed %s, served %s".formatted(line + 1,
                line < before.size() ? "'" + before.get(line).strip() + "'" : "nothing",
                line < after.size() ? "'" + after.get(line).strip() + "'" : "nothing");
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            }
        }
        return operations;
    }

    /** Every object's keys in alphabetical order, arrays kept as they are: one text per document. */
    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            new TreeMap<>(node.propertyStream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    Map.Entry::getValue))).forEach((key, value) -> copy.set(key, sorted(value)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
