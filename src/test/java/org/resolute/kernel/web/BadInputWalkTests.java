package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.Users;
import org.resolute.kernel.InputDates;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated bad-input walk: every POST and PUT of the OpenAPI document, each field of its JSON body in turn
 * given the values that once broke Resolute (10,000 characters, 1e30, 1.5 for a whole number, -1, dates far out
 * or as a bare number, unknown nation and currency codes, unknown enum values), the rest of the body plausible.
 * Every answer is a 4xx problem that names the field, and no table changes. The table of answers goes to
 * {@code target/bad-input-walk-<database>.md}.
 */
abstract class BadInputWalkTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern TYPE_NAME = Pattern.compile(
            "java\\.|tools\\.jackson|`|\\b(Integer|Long|LocalDate|BigDecimal|String|Boolean)\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Users users;

    @Autowired
    UserAdministration administration;

    private SignedInUser walker;

    @BeforeEach
    void signIn() {
        walker = Walker.signedIn(users, administration);
    }

    private final AtomicInteger keys = new AtomicInteger();

    abstract String database();

    @Test
    void everyWriteOperationAnswersEveryBadValueWithAProblemNamingTheFieldAndStoresNothing() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs").with(user(walker)))
                .andReturn().getResponse().getContentAsString());
        List<Answer> answers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : List.of("post", "put")) {
                JsonNode operation = path.getValue().get(method);
                JsonNode schema = operation == null ? null
                        : operation.path("requestBody").path("content").path("application/json").get("schema");
                if (schema == null) {
                    continue;
                }
                String operationName = method.toUpperCase() + " " + path.getKey();
                String url = resolve(path.getKey());
                JsonNode base = sample(document, schema, 0);
                List<Field> fields = new ArrayList<>();
                fieldsOf(document, schema, "", fields, 0);
                Map<String, Long> before = rowCounts();
                for (Field field : fields) {
                    for (Map.Entry<String, JsonNode> bad : badValues(field).entrySet()) {
                        JsonNode body = with(base, field.path(), bad.getValue());
                        MockHttpServletResponse response = send(HttpMethod.valueOf(method.toUpperCase()), url, body);
                        Answer answer = new Answer(operationName, field.path(), bad.getKey(), response.getStatus(),
                                response.getContentType(), response.getContentAsString());
                        answers.add(answer);
                        answer.problem(json).ifPresent(problem -> failures.add(operationName + " " + field.path()
                                + " = " + bad.getKey() + ": " + problem));
                    }
                }
                Map<String, Long> after = rowCounts();
                if (!after.equals(before)) {
                    failures.add(operationName + " stored something: " + difference(before, after));
                }
            }
        }
        report(answers);
        assertThat(answers).hasSizeGreaterThan(300);
        assertThat(answers.stream().map(Answer::operation).distinct().count()).isGreaterThan(25);
        assertThat(failures).isEmpty();
    }

    @Test
    void aDateQueryParameterThatIsNoDayBetween1900And2100NamesTheParameter() throws Exception {
        for (String bad : List.of("+99999-01-01", "12345", "1899-12-31", "2020-02-30")) {
            MockHttpServletResponse response = mvc.perform(get("/api/v1/meetings").param("from", bad)
                    .with(user(walker)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(json.readTree(response.getContentAsString()).path("field").asString()).isEqualTo("from");
            assertThat(response.getContentAsString()).contains(InputDates.RULE).doesNotContainPattern(TYPE_NAME);
        }
        assertThat(mvc.perform(get("/api/v1/meetings").param("from", "2014-09-04").with(user(walker))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aCaveatsFileWithTextsLongerThanTheirColumnsIsRefusedAndStoresNothing() throws Exception {
        String header = "code,nation,kind,values,limit,description,classification,releasable_to,source,"
                + "provenance_status\n";
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM force_caveat", Long.class);
        for (String row : List.of(
                "C-WALK-1,GBR,MAX_TROOPS_PER_LOCATION,,100," + "x".repeat(10_000) + ",MISSION,,S01,EXACT",
                "C-WALK-2,GBR,MAX_TROOPS_PER_LOCATION,,100,walk,MISSION,,S" + "1".repeat(10_000) + ",EXACT",
                "C-WALK-3" + "3".repeat(10_000) + ",GBR,MAX_TROOPS_PER_LOCATION,,100,walk,MISSION,,S01,EXACT")) {
            MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request
                    .MockMvcRequestBuilders.post("/api/v1/caveats/import").with(user(walker)).with(csrf())
                    .contentType("text/csv").accept(MediaType.APPLICATION_JSON).content(header + row))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("was not imported: 1 bad line");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM force_caveat", Long.class)).isEqualTo(before);
    }

    @Test
    void aPasswordLongerThanBcryptCanHashIsRefusedWithA400NotA500() throws Exception {
        String eightyBytes = "\u00e9".repeat(40);
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.post("/api/v1/users").with(user(walker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username": "longpassword", "roles": ["VIEWER"], "clearance": "MISSION",
                         "initialPassword": "%s"}""".formatted(eightyBytes))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("72 bytes");
        assertThat(users.findByUsername("longpassword")).isEmpty();
    }

    private MockHttpServletResponse send(HttpMethod method, String url, JsonNode body) throws Exception {
        String etag = method == HttpMethod.PUT ? mvc.perform(get(url).with(user(walker))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getHeader("ETag") : null;
        var call = request(method, url).with(user(walker)).with(csrf());
        if (etag != null) {
            call.header("If-Match", etag);
        }
        return mvc.perform(call
                .header("Idempotency-Key", "bad-input-walk-" + database() + "-" + keys.incrementAndGet())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse();
    }

    /** The path with each variable replaced by a record that exists (the first its collection lists). */
    private String resolve(String template) throws Exception {
        String resolved = template;
        Matcher variable = VARIABLE.matcher(resolved);
        while (variable.find()) {
            String value = firstOf(resolved.substring(0, variable.start()), variable.group(1));
            resolved = resolved.substring(0, variable.start()) + value + resolved.substring(variable.end());
            variable = VARIABLE.matcher(resolved);
        }
        return resolved;
    }

    private String firstOf(String collection, String name) throws Exception {
        String path = collection.endsWith("/") ? collection.substring(0, collection.length() - 1) : collection;
        if (name.equals("month")) {
            return "2019-01";
        }
        MockHttpServletResponse response = mvc.perform(get(path).with(user(walker))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        if (response.getStatus() == 200) {
            JsonNode list = json.readTree(response.getContentAsString());
            JsonNode items = list.isArray() ? list : list.path("items");
            for (JsonNode item : items) {
                JsonNode value = item.has(name) ? item.get(name) : item.has("id") ? item.get("id") : item.get("code");
                if (value != null && !value.isNull()) {
                    return value.asString();
                }
            }
        }
        return UUID.randomUUID().toString();
    }

    /** A plausible value for the schema: the walk changes one field of it at a time. */
    private static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        JsonNode resolved = deref(document, schema);
        if (depth > 4) {
            return NODES.nullNode();
        }
        String type = resolved.path("type").asString("");
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        if (resolved.has("properties") || type.equals("object")) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                object.set(property.getKey(), sampleOf(document, property.getKey(), property.getValue(), depth));
            }
            return object;
        }
        return switch (type) {
            case "array" -> NODES.arrayNode().add(sample(document, resolved.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("100.00"));
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (resolved.path("format").asString("")) {
                case "date" -> NODES.stringNode("2020-06-01");
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode("walk");
            };
        };
    }

    private static JsonNode sampleOf(JsonNode document, String name, JsonNode schema, int depth) {
        JsonNode resolved = deref(document, schema);
        if (resolved.path("type").asString("").equals("string") && !resolved.has("enum")
                && !resolved.has("format")) {
            if (isNation(name)) {
                return NODES.stringNode("GBR");
            }
            if (isCurrency(name)) {
                return NODES.stringNode("USD");
            }
            if (name.equals("classification")) {
                return NODES.stringNode("MISSION");
            }
            if (name.equals("releasableTo")) {
                return NODES.stringNode("");
            }
        }
        return sample(document, schema, depth + 1);
    }

    private static void fieldsOf(JsonNode document, JsonNode schema, String prefix, List<Field> fields, int depth) {
        JsonNode resolved = deref(document, schema);
        if (depth > 4) {
            return;
        }
        String type = resolved.path("type").asString("");
        if (type.equals("array")) {
            JsonNode items = deref(document, resolved.path("items"));
            if (items.has("properties")) {
                fieldsOf(document, items, prefix + "[0]", fields, depth + 1);
            } else {
                fields.add(new Field(prefix, resolved, items));
                if (!prefix.isEmpty()) {
                    fields.add(new Field(prefix + "[0]", items, null));
                }
            }
            return;
        }
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            JsonNode value = deref(document, property.getValue());
            if (value.has("properties") || value.path("type").asString("").equals("array")
                    && deref(document, value.path("items")).has("properties")) {
                fieldsOf(document, value, path, fields, depth + 1);
            } else {
                fieldsOf(document, value, path, fields, depth + 1);
                if (!value.path("type").asString("").equals("array")) {
                    fields.add(new Field(path, value, null));
                }
            }
        }
    }

    /** The bad values for a field, by what the document says it is. */
    private static Map<String, JsonNode> badValues(Field field) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode schema = field.schema();
        String type = schema.path("type").asString("");
        String name = field.path().replaceAll(".*[.\\]]", "");
        if (type.equals("array")) {
            values.put("not a list", NODES.stringNode("x"));
            if (field.items() != null && field.items().path("type").asString("").equals("string")) {
                values.put("[10,000 chars]", NODES.arrayNode().add("x".repeat(10_000)));
            }
            return values;
        }
        if (schema.has("enum")) {
            values.put("unknown value", NODES.stringNode("NO_SUCH_VALUE"));
            values.put("10,000 chars", NODES.stringNode("x".repeat(10_000)));
            return values;
        }
        switch (type) {
            case "integer" -> {
                values.put("1.5", NODES.numberNode(new java.math.BigDecimal("1.5")));
                values.put("-1", NODES.numberNode(-1));
                values.put("1e30", NODES.numberNode(new java.math.BigDecimal("1e30")));
                values.put("99999999999", NODES.numberNode(99_999_999_999L));
                values.put("text", NODES.stringNode("many"));
            }
            case "number" -> {
                values.put("1e30", NODES.numberNode(new java.math.BigDecimal("1e30")));
                if (name.equals("rate")) {
                    values.put("9 decimals", NODES.numberNode(new java.math.BigDecimal("1.000000001")));
                } else {
                    values.put("5 decimals", NODES.numberNode(new java.math.BigDecimal("1.00001")));
                }
                values.put("text", NODES.stringNode("much"));
            }
            case "boolean" -> values.put("text", NODES.stringNode("perhaps"));
            default -> {
                switch (schema.path("format").asString("")) {
                    case "date" -> {
                        values.put("+99999-01-01", NODES.stringNode("+99999-01-01"));
                        values.put("12345", NODES.numberNode(12345));
                        values.put("1899-12-31", NODES.stringNode("1899-12-31"));
                        values.put("2020-02-30", NODES.stringNode("2020-02-30"));
                    }
                    case "uuid" -> values.put("not a uuid", NODES.stringNode("not-a-uuid"));
                    default -> {
                        values.put("10,000 chars", NODES.stringNode("x".repeat(10_000)));
                        if (isNation(name)) {
                            values.put("unknown nation", NODES.stringNode("ZZZ"));
                        }
                        if (isCurrency(name)) {
                            values.put("unknown currency", NODES.stringNode("ZZZ"));
                        }
                    }
                }
                values.put("object", NODES.objectNode().put("nested", 1));
            }
        }
        return values;
    }

    private static boolean isNation(String name) {
        return name.equals("nation") || name.endsWith("Nation") || name.equals("releasableTo");
    }

    private static boolean isCurrency(String name) {
        return name.equals("currency") || name.endsWith("Currency");
    }

    /** The base body with the field at the path set to the value. */
    private static JsonNode with(JsonNode base, String path, JsonNode value) {
        JsonNode copy = base.deepCopy();
        if (path.isEmpty()) {
            return value;
        }
        List<String> steps = new ArrayList<>();
        Matcher step = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)").matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? "#" + step.group(1) : step.group(2));
        }
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            String current = steps.get(i);
            parent = current.startsWith("#") ? parent.get(Integer.parseInt(current.substring(1)))
                    : parent.get(current);
        }
        String last = steps.get(steps.size() - 1);
        if (last.startsWith("#")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return copy;
    }

    private static JsonNode deref(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String name = current.get("$ref").asString().replace("#/components/schemas/", "");
            current = document.path("components").path("schemas").path(name);
        }
        if (current != null && current.has("allOf") && current.get("allOf").size() == 1) {
            return deref(document, current.get("allOf").get(0));
        }
        return current == null ? NODES.objectNode() : current;
    }

    /** Rows in every table of the schema, but the sessions, which a request may touch without storing anything. */
    private Map<String, Long> rowCounts() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (!table.toLowerCase().startsWith("spring_session") && !table.toLowerCase().startsWith("flyway")) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
            }
        }
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder text = new StringBuilder();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                text.append(table).append(' ').append(before.get(table)).append(" -> ").append(count).append("; ");
            }
        });
        return text.toString();
    }

    private void report(List<Answer> answers) throws Exception {
        Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();
        Map<Integer, Integer> total = new TreeMap<>();
        Map<String, Map<Integer, Integer>> byValue = new TreeMap<>();
        for (Answer answer : answers) {
            byOperation.computeIfAbsent(answer.operation(), key -> new TreeMap<>())
                    .merge(answer.status(), 1, Integer::sum);
            byValue.computeIfAbsent(answer.value(), key -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
            total.merge(answer.status(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder("# Bad-input walk on " + database() + "\n\n")
                .append(answers.size()).append(" requests over ").append(byOperation.size())
                .append(" operations; by status: ").append(total).append("; 5xx: ")
                .append(total.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum())
                .append("\n\n| operation | requests | by status |\n|---|---|---|\n");
        byOperation.forEach((operation, statuses) -> text.append("| ").append(operation).append(" | ")
                .append(statuses.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                .append(statuses).append(" |\n"));
        text.append("\n| bad value | requests | by status |\n|---|---|---|\n");
        byValue.forEach((value, statuses) -> text.append("| ").append(value).append(" | ")
                .append(statuses.values().stream().mapToInt(Integer::intValue).sum()).append(" | ")
                .append(statuses).append(" |\n"));
        text.append("\n| operation | field | bad value | status | field named |\n|---|---|---|---|---|\n");
        for (Answer answer : answers) {
            text.append("| ").append(answer.operation()).append(" | ").append(answer.field()).append(" | ")
                    .append(answer.value()).append(" | ").append(answer.status()).append(" | ")
                    .append(answer.namedField(json)).append(" |\n");
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bad-input-walk-" + database() + ".md"), text);
    }

    record Field(String path, JsonNode schema, JsonNode items) {
    }

    record Answer(String operation, String field, String value, int status, String contentType, String body) {

        /** What is wrong with this answer, if anything. */
        Optional<String> problem(JsonMapper json) {
            if (status < 400 || status >= 500) {
                return Optional.of("status " + status + " " + abbreviated());
            }
            if (contentType == null || !contentType.startsWith("application/problem+json")) {
                return Optional.of("content type " + contentType);
            }
            if (TYPE_NAME.matcher(body).find()) {
                return Optional.of("shows a Java type: " + abbreviated());
            }
            String named = namedField(json);
            if (named.isEmpty()) {
                return Optional.of("names no field: " + abbreviated());
            }
            if (!named.equals(field) && !named.startsWith(field + "[") && !named.startsWith(field + ".")
                    && !named.contains(field)) {
                return Optional.of("names " + named + ", not the field: " + abbreviated());
            }
            return Optional.empty();
        }

        /** The field the problem names, or the walked field when it is among the problem's errors. */
        String namedField(JsonMapper json) {
            JsonNode problem = json.readTree(body.isEmpty() ? "{}" : body);
            for (JsonNode error : problem.path("errors")) {
                String named = error.path("field").asString("");
                if (named.equals(field) || named.startsWith(field + "[") || named.startsWith(field + ".")) {
                    return named;
                }
            }
            return problem.path("field").asString("");
        }

        private String abbreviated() {
            return body.length() > 300 ? body.substring(0, 300) + "..." : body;
        }
    }
}

@OnH2
class BadInputWalkOnH2Tests extends BadInputWalkTests {

    @Override
    String database() {
        return "h2";
    }
}

@OnPostgres
class BadInputWalkOnPostgresTests extends BadInputWalkTests {

    @Override
    String database() {
        return "postgresql";
    }
}
