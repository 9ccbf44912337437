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
 * only it carries wire annotations: the API description's and JSON binding (Jackson, serde). Stored
 * JSON forms are written without annotations (e.g. {@code rules.StoredFindings}), so a wire rename
 * cannot change stored data.
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
    void onlyTheApiPackageCarriesJsonBindingAnnotations() {
        noClasses().that().resideOutsideOfPackage("dev.bindery.registry.api..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.annotation..",
                        "io.micronaut.serde.annotation..")
                .check(CLASSES);
    }
}
