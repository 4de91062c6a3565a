package org.resolute;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.Test;
import org.resolute.kernel.Marked;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Our conventions that Spring Modulith's verification does not cover, each with the reason it exists. */
class ArchitectureTests {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.resolute");

    @Test
    void pageControllersLiveInAWebPackage() {
        // A module's root package is its API for other modules; web concerns stay out of it.
        classes().that().areAnnotatedWith(Controller.class).should().resideInAPackage("..web..")
                .because("pages are a module's inside, not its API").check(MAIN);
    }

    @Test
    void restControllersLiveInAnApiOrWebPackage() {
        // REST endpoints are internals of their module; other modules call the facade, never the endpoint.
        classes().that().areAnnotatedWith(RestController.class).should().resideInAnyPackage("..api..", "..web..")
                .because("REST controllers are a module's inside, not its API").check(MAIN);
    }

    @Test
    void theDomainDoesNotDependOnPagesOrEndpoints() {
        // Domain rules must hold for every caller, so they cannot know who called. Only our own pages and
        // endpoints count: libraries name their public packages "api" too (Timefold's ai.timefold.solver.core.api).
        noClasses().that().resideInAPackage("..domain..").should().dependOnClassesThat()
                .resideInAnyPackage("org.resolute..web..", "org.resolute..api..")
                .because("domain rules hold whichever interface calls them").check(MAIN);
    }

    @Test
    void theKernelDependsOnNoModule() {
        // Every module depends on the kernel; a kernel that knew a module would tie them all together.
        noClasses().that().resideInAPackage("org.resolute.kernel..").should().dependOnClassesThat()
                .resideInAnyPackage("org.resolute.identity..", "org.resolute.audit..", "org.resolute.reference..",
                        "org.resolute.dashboard..", "org.resolute.mission..", "org.resolute.force..",
                        "org.resolute.advising..", "org.resolute.funding..", "org.resolute.partnership..",
                        "org.resolute.governance..", "org.resolute.planning..")
                .because("the kernel is shared by all modules").check(MAIN);
    }

    @Test
    void namesComeFromTheDomainNotFromTechnology() {
        // STYLE.md: no Impl, Dto, Entity or Manager where the domain has a word.
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Dto")
                .orShould().haveSimpleNameEndingWith("DTO").orShould().haveSimpleNameEndingWith("Entity")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("names say what a thing is in the mission, not how it is built").check(MAIN);
    }

    @Test
    void rolesOnEndpointsNameNoArgument() {
        // identity.web.AuthorizationBeforeBinding decides @PreAuthorize before the arguments are read, so an
        // expression naming one (#id) would see nothing; such a rule belongs in the domain, with the record.
        methods().that().areAnnotatedWith(PreAuthorize.class).should(new ArchCondition<JavaMethod>(
                "name no method argument in @PreAuthorize") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String rule = method.getAnnotationOfType(PreAuthorize.class).value();
                if (rule.contains("#")) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + ": " + rule));
                }
            }
        }).because("roles are decided before the request's arguments are read").check(MAIN);
        classes().that().areAnnotatedWith(PreAuthorize.class).should(new ArchCondition<JavaClass>(
                "name no method argument in @PreAuthorize") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String rule = type.getAnnotationOfType(PreAuthorize.class).value();
                if (rule.contains("#")) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + ": " + rule));
                }
            }
        }).because("roles are decided before the request's arguments are read").check(MAIN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        // Constructor injection keeps classes testable without Spring and their dependencies visible.
        fields().should().notBeAnnotatedWith(Autowired.class).because("dependencies belong in the constructor")
                .check(MAIN);
    }

    @Test
    void markedRecordsAreNeverReadThroughSpringDataRepositories() {
        // Reads of marked records go through kernel.MarkedRecords, the one place that filters for the viewer.
        classes().that().areAssignableTo(Repository.class).should(notManageMarkedAggregates())
                .because("a repository's finders would bypass the viewer's marking filter").check(MAIN);
    }

    private static ArchCondition<JavaClass> notManageMarkedAggregates() {
        return new ArchCondition<>("not manage an aggregate that carries a Marking") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Type type : repository.reflect().getGenericInterfaces()) {
                    if (type instanceof ParameterizedType generic
                            && generic.getActualTypeArguments()[0] instanceof Class<?> aggregate
                            && Marked.class.isAssignableFrom(aggregate)) {
                        events.add(SimpleConditionEvent.violated(repository,
                                repository.getName() + " manages the marked aggregate " + aggregate.getName()));
                    }
                }
            }
        };
    }
}
