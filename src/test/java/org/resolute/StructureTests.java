package org.resolute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.resolute.kernel.Roles;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * One way to do each thing (issue 17, ADR 8), checked per module so that a module's reader meets the same shapes
 * as every other's: values read and parsed by their own types, roles checked by one rule set at one layer, a root
 * package that holds only the module's contract, services named alike, no fully qualified names inline.
 */
class StructureTests {

    static final JavaClasses MAIN = ArchitectureTests.MAIN;
    static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.resolute");
    static final Path SOURCES = Path.of("src/main/java/org/resolute");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** A qualified class name in code: a package path of lower-case words, then a capitalised name. */
    static final Pattern QUALIFIED = Pattern.compile(
            "\\b(java|javax|jakarta|org|com|io|ai)\\.[a-z0-9_]+(\\.[a-z0-9_]+)*\\.[A-Z][A-Za-z0-9_]*");
    static final Set<String> HELPER_NAMES = Set.of("Rows", "Texts", "Lists", "Filters", "Utils", "Helpers");
    /** The one suffix of a module's services is Book; these named the same kind of class before. */
    static final List<String> OTHER_SERVICE_SUFFIXES = List.of("Register", "Registry", "Directory", "Exchange",
            "Reporting");

    static Stream<String> modules() {
        return Stream.of("identity", "audit", "reference", "mission", "force", "partnership", "governance",
                "funding", "advising", "planning", "dashboard");
    }

    static Stream<String> modulesAndKernel() {
        return Stream.concat(Stream.of("kernel"), modules());
    }

    @ParameterizedTest
    @MethodSource("modulesAndKernel")
    void codeNamesClassesByTheirSimpleNames(String module) {
        assertThat(linesOf(module, line -> QUALIFIED.matcher(line).find()))
                .as("lines naming a class by its fully qualified name instead of importing it").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void markingsAndProvenancesAreReadAndParsedByTheirOwnTypes(String module) {
        assertThat(linesOf(module, line -> line.contains("Marking.of(Classification.valueOf(")
                || line.contains("Classification.valueOf(row.getString(\"classification\")")
                || line.contains("Classification.valueOf(rs.getString(\"classification\")")
                || line.contains("ProvenanceStatus.valueOf(")))
                .as("Marking.read / Marking.typed / Provenance.read do this, once, in the kernel").isEmpty();
        assertThat(MAIN.stream().filter(inModule(module))
                .filter(type -> Set.of("MarkingText", "MarkingInput", "Provenances").contains(type.getSimpleName())))
                .as("per-module copies of the kernel's parsing").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modulesAndKernel")
    void noHelperIsNamedForWhatItHolds(String module) {
        assertThat(MAIN.stream().filter(inModule(module)).map(JavaClass::getSimpleName)
                .filter(HELPER_NAMES::contains)).as("helpers named Rows, Texts, Lists or Filters").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void servicesAreBooks(String module) {
        assertThat(MAIN.stream().filter(inModule(module)).filter(type -> !type.isNestedClass())
                .map(JavaClass::getSimpleName)
                .filter(name -> OTHER_SERVICE_SUFFIXES.stream().anyMatch(name::endsWith)))
                .as("services named other than <Record>Book").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void rolesAreCheckedWhereRequestsEnterByTheRulesOfRoles(String module) {
        Set<String> rules = Arrays.stream(Roles.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers())).map(StructureTests::value)
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        MAIN.stream().filter(inModule(module)).forEach(type -> {
            boolean entry = type.getPackageName().endsWith(".web") || type.getPackageName().endsWith(".api");
            if (type.isAnnotatedWith(PreAuthorize.class)) {
                check(type.getName(), type.getAnnotationOfType(PreAuthorize.class).value(), entry, rules, wrong);
            }
            type.getMethods().stream().filter(method -> method.isAnnotatedWith(PreAuthorize.class))
                    .forEach(method -> check(method.getFullName(),
                            method.getAnnotationOfType(PreAuthorize.class).value(), entry, rules, wrong));
        });
        assertThat(wrong).as("@PreAuthorize outside a controller, or with a rule not in kernel.Roles").isEmpty();
        assertThat(templateLines(module, line -> line.contains("T(") || line.contains("viewer.has(")))
                .as("templates decide who may act through @access.allows, not by reaching into classes")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theRootPackageHoldsOnlyWhatOtherModulesUse(String module) {
        String root = "org.resolute." + module;
        List<JavaClass> contract = MAIN.stream()
                .filter(type -> type.getPackageName().equals(root) && type.isTopLevelClass()
                        && !type.getSimpleName().equals("package-info"))
                .toList();
        Set<JavaClass> used = new HashSet<>(contract.stream().filter(type -> usedFromOtherModules(type, module))
                .toList());
        // A type another module meets only as what a used contract's method takes or answers is used too.
        boolean grew = true;
        while (grew) {
            String signatures = used.stream().flatMap(type -> Arrays.stream(type.reflect().getMethods()))
                    .map(Method::toGenericString).collect(Collectors.joining("\n"));
            grew = used.addAll(contract.stream()
                    .filter(type -> Pattern.compile("\\b" + Pattern.quote(type.getName()) + "\\b")
                            .matcher(signatures).find())
                    .toList());
        }
        List<String> unused = contract.stream().filter(type -> !used.contains(type)).map(JavaClass::getSimpleName)
                .sorted().toList();
        assertThat(unused).as("root types no other module uses: they belong inside the module").isEmpty();
    }

    private static boolean usedFromOtherModules(JavaClass type, String module) {
        return Stream.concat(Stream.of(type), MAIN.stream()
                        .filter(inner -> inner.getName().startsWith(type.getName() + "$")))
                .flatMap(self -> self.getDirectDependenciesToSelf().stream())
                .anyMatch(dependency -> inOtherModule(dependency.getOriginClass(), module));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void eachModuleBootsAlone(String module) {
        assertThat(TESTS.stream().filter(inModule(module))
                .filter(type -> type.isAnnotatedWith(ApplicationModuleTest.class)))
                .as("an @ApplicationModuleTest that starts the module on its own").isNotEmpty();
    }

    private static Predicate<JavaClass> inModule(String module) {
        String root = "org.resolute." + module;
        return type -> type.getPackageName().equals(root) || type.getPackageName().startsWith(root + ".");
    }

    private static boolean inOtherModule(JavaClass origin, String module) {
        String name = origin.getPackageName();
        return name.startsWith("org.resolute.") && !name.equals("org.resolute")
                && !inModule(module).test(origin);
    }

    private static void check(String where, String rule, boolean entry, Set<String> rules, List<String> wrong) {
        if (!entry || !rules.contains(rule)) {
            wrong.add(where + ": " + rule);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> linesOf(String module, Predicate<String> wrong) {
        return lines(SOURCES.resolve(module), ".java", line -> {
            String code = line.strip();
            return !code.startsWith("import ") && !code.startsWith("package ") && !code.startsWith("*")
                    && !code.startsWith("/*") && !code.startsWith("//") && wrong.test(code);
        });
    }

    private static List<String> templateLines(String module, Predicate<String> wrong) {
        return lines(TEMPLATES.resolve(module), ".html", wrong);
    }

    private static List<String> lines(Path folder, String suffix, Predicate<String> wrong) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> found = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (wrong.test(lines.get(i))) {
                        found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
