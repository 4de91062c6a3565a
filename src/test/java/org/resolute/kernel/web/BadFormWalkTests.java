package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.resolute.identity.domain.SignedInUser;
import org.resolute.identity.domain.UserAdministration;
import org.resolute.identity.domain.Users;
import org.resolute.support.OnH2;
import org.resolute.support.OnPostgres;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The bad-input walk for people: every form a page posts (found from the page controllers' handlers), each text,
 * number and date field in turn given a value of 10,000 characters, 1e30, 1.5, -1 or a date far out (but the
 * version a stale edit is told by). A page may
 * answer with its form and the error, or send the user back with a message, but never fails (5xx), and nothing
 * is stored.
 */
abstract class BadFormWalkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    abstract String database();

    @Test
    void everyPageFormAnswersEveryBadValueWithoutFailingAndStoresNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int forms = 0;
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!mapping.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)
                    || !handler.getBeanType().isAnnotationPresent(Controller.class)
                    || handler.getBeanType().isAnnotationPresent(RestController.class)) {
                continue;
            }
            Map<String, Class<?>> fields = fieldsOf(handler);
            if (fields.isEmpty()) {
                continue;
            }
            forms++;
            for (String template : mapping.getKey().getPatternValues()) {
                String path = template.replaceAll("\\{code}", "ANATF").replaceAll("\\{[^}]+}",
                        UUID.randomUUID().toString());
                Map<String, Long> before = rowCounts();
                for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
                    for (String bad : badValues(field.getKey(), field.getValue())) {
                        MockHttpServletRequestBuilder request = post(path).with(user(walker)).with(csrf());
                        fields.forEach((name, type) -> request.param(name, name.equals(field.getKey()) ? bad
                                : plausible(name, type)));
                        int status;
                        try {
                            status = mvc.perform(request).andReturn().getResponse().getStatus();
                        } catch (Exception e) {
                            status = 500;
                        }
                        requests++;
                        byStatus.merge(status, 1, Integer::sum);
                        Map<String, Long> now = rowCounts();
                        if (!now.equals(before)) {
                            failures.add("POST " + template + " " + field.getKey() + " = "
                                    + (bad.length() > 20 ? bad.length() + " characters" : bad) + " stored: "
                                    + difference(before, now));
                            before = now;
                        }
                        if (status >= 500) {
                            failures.add("POST " + template + " " + field.getKey() + " = "
                                    + (bad.length() > 20 ? bad.length() + " characters" : bad) + ": " + status);
                        }
                    }
                }
                Map<String, Long> after = rowCounts();
                if (!after.equals(before)) {
                    failures.add("POST " + template + " stored something: " + difference(before, after));
                }
            }
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bad-form-walk-" + database() + ".md"),
                "# Bad-form walk on " + database() + "\n\n" + requests + " requests over " + forms
                        + " page forms; by status: " + byStatus + "\n");
        assertThat(forms).isGreaterThan(15);
        assertThat(requests).isGreaterThan(200);
        assertThat(failures).isEmpty();
    }

    /** The request parameters a handler reads, with their types: its own and its form's properties. */
    private static Map<String, Class<?>> fieldsOf(HandlerMethod handler) {
        Map<String, Class<?>> fields = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : parameter.getParameterName();
                if (name != null && isSimple(type)) {
                    fields.put(name, type);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || !parameter.hasParameterAnnotations()
                    && type.getName().startsWith("org.resolute") && !type.isEnum() && !type.isInterface()) {
                for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null && isSimple(property.getPropertyType())) {
                        fields.put(property.getName(), property.getPropertyType());
                    }
                }
                if (type.isRecord()) {
                    for (var component : type.getRecordComponents()) {
                        if (isSimple(component.getType())) {
                            fields.put(component.getName(), component.getType());
                        }
                    }
                }
            }
        }
        fields.remove("version");
        return fields;
    }

    private static boolean isSimple(Class<?> type) {
        return type == String.class || type == int.class || type == Integer.class || type == long.class
                || type == Long.class || type == BigDecimal.class || type == LocalDate.class || type.isEnum();
    }

    private static List<String> badValues(String name, Class<?> type) {
        if (type == String.class) {
            return name.equals("currency") || name.equals("nation") || name.endsWith("Nation")
                    ? List.of("x".repeat(10_000), "ZZZ") : List.of("x".repeat(10_000));
        }
        if (type == BigDecimal.class) {
            return List.of("1e30", "1.00001", "much");
        }
        if (type == LocalDate.class) {
            return List.of("+99999-01-01", "12345", "2020-02-30");
        }
        if (type.isEnum()) {
            return List.of("NO_SUCH_VALUE");
        }
        return List.of("1.5", "-1", "99999999999");
    }

    private static String plausible(String name, Class<?> type) {
        if (type == LocalDate.class) {
            return "2020-06-01";
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type != String.class) {
            return "1";
        }
        return switch (name) {
            case "nation", "advisorNation" -> "GBR";
            case "currency" -> "USD";
            case "fund" -> "ANATF";
            case "classification" -> "MISSION";
            case "releasableTo" -> "";
            default -> "walk";
        };
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
}

@OnH2
class BadFormWalkOnH2Tests extends BadFormWalkTests {

    @Override
    String database() {
        return "h2";
    }
}

@OnPostgres
class BadFormWalkOnPostgresTests extends BadFormWalkTests {

    @Override
    String database() {
        return "postgresql";
    }
}
