package org.resolute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application modules, as Spring Modulith's runtime reads them at start-up, are committed in
 * {@code META-INF/spring-modulith/application-modules.json}: with that file present the runtime takes the modules
 * (the order in which each module's Flyway migrations run, and their initializers) from it instead of scanning every
 * class with ArchUnit on each start, which cost about 1.7 s of CPU and 80 MB. The file must say what the code says,
 * or a new module's migrations would not run: refresh it with
 * {@code ./mvnw test -Dtest=ModuleMetadataTests -Dresolute.moduleMetadata.write=true}.
 */
class ModuleMetadataTests {

    static final Path COMMITTED = Path.of("src/main/resources", ApplicationModulesExporter.DEFAULT_LOCATION);

    @Test
    void theCommittedModuleListIsTheOneTheCodeDeclares() throws Exception {
        String declared = metadata(ModularityTests.MODULES.stream().map(module -> module.getIdentifier().toString())
                .toList());
        if (Boolean.getBoolean("resolute.moduleMetadata.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, declared, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s lists the modules, in their order, with their initializers; refresh it with "
                        + "./mvnw test -Dtest=ModuleMetadataTests -Dresolute.moduleMetadata.write=true", COMMITTED)
                .isEqualTo(declared);
    }

    /** Only what the runtime reads ({@code $.keys()} and {@code $..initializers}), one module a line, in order. */
    private static String metadata(List<String> identifiers) {
        JsonNode exported = JsonMapper.builder().build()
                .readTree(new ApplicationModulesExporter(ModularityTests.MODULES).toJson());
        List<String> lines = new ArrayList<>();
        for (String identifier : identifiers) {
            List<String> initializers = new ArrayList<>();
            exported.get(identifier).path("initializers").forEach(name -> initializers.add('"' + name.asString() + '"'));
            lines.add("  \"%s\" : { \"initializers\" : %s }".formatted(identifier,
                    initializers.isEmpty() ? "[]" : "[ " + String.join(", ", initializers) + " ]"));
        }
        return "{\n" + String.join(",\n", lines) + "\n}\n";
    }
}
