package dev.bindery.registry.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the registry, checked on its compiled classes: top-level packages depend on
 * each other without cycles; only {@code api} speaks HTTP (Micronaut's HTTP and router types) and
 * only it carries the API description's annotations; the event path ({@code ingest}, {@code discovery})
 * carries no JSON binding annotations either, its answers being mapped to the wire in {@code api}.
 * (Jackson's annotations are still on {@code rules.Finding}, whose JSON is also its stored form.)
 */
class StructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bindery.registry");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.bindery.registry.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheApiPackageUsesHttpTypes() {
        noClasses().that().resideOutsideOfPackage("dev.bindery.registry.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.http..", "io.micronaut.web..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiPackageCarriesWireAnnotations() {
        noClasses().that().resideOutsideOfPackage("dev.bindery.registry.api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.swagger..")
                .check(CLASSES);
    }

    @Test
    void theEventPathCarriesNoJsonBindingAnnotations() {
        noClasses().that().resideInAnyPackage("dev.bindery.registry.ingest..", "dev.bindery.registry.discovery..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.annotation..",
                        "io.micronaut.serde.annotation..")
                .check(CLASSES);
    }
}
