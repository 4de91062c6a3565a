package org.resolute.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The message bundles: each module's English words have their French, key for key, none empty and none defined
 * by two modules; and every code a module shows (each constant of the enums in a module's root package, its
 * published types, and the kernel's) has a display name in both languages.
 */
class MessageBundlesTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** Enums of a module's API that no reader sees, with why. */
    private static final Map<String, String> NOT_SHOWN = Map.of();

    @Test
    void everyEnglishWordHasItsFrenchAndNoKeyIsDefinedTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, String> owner = new TreeMap<>();
        for (Path english : bundleFiles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            Path frenchFile = english.resolveSibling(name + "_fr.properties");
            Properties en = load(english);
            Properties fr = Files.exists(frenchFile) ? load(frenchFile) : new Properties();
            for (String key : en.stringPropertyNames()) {
                if (!fr.containsKey(key)) {
                    problems.add(name + ": " + key + " has no French");
                }
                if (en.getProperty(key).isBlank() || fr.getProperty(key, "x").isBlank()) {
                    problems.add(name + ": " + key + " is empty");
                }
                String other = owner.put(key, name);
                if (other != null) {
                    problems.add(key + " is defined in both " + other + " and " + name);
                }
            }
            for (String key : fr.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(name + "_fr: " + key + " has no English");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCodeAModuleShowsHasADisplayNameInBothLanguages() throws IOException {
        Properties en = TemplateWordsTests.bundles("");
        Properties fr = TemplateWordsTests.bundles("_fr");
        List<String> missing = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.resolute")) {
            if (!type.isEnum() || !isShown(type) || NOT_SHOWN.containsKey(type.getName())) {
                continue;
            }
            for (var constant : type.getEnumConstants()) {
                String key = "code." + type.getName().substring(type.getPackageName().length() + 1).replace('$', '.')
                        + "." + constant.name();
                if (!en.containsKey(key) || !fr.containsKey(key)) {
                    missing.add(key + (en.containsKey(key) ? " (no French)" : ""));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A module's API enum (root package, public) or the kernel's: what pages and exports show. */
    private static boolean isShown(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length == 3 && type.getModifiers().contains(JavaModifier.PUBLIC);
    }

    private static List<Path> bundleFiles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle;
    }
}
