package org.resolute;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries; the module documentation is written from the same model. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ResoluteApplication.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        // Spring Modulith orders the relations differently from run to run, so the committed diagrams in
        // docs/modules are refreshed on purpose: ./mvnw test -Dtest=ModularityTests -Dresolute.moduleDocs=docs/modules
        String folder = System.getProperty("resolute.moduleDocs", "target/spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
