package dev.bindery.registry.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the registry, checked on its compiled classes: top-level packages depend on
 * each other without cycles; only {@code api} and the console's controllers ({@code console}, not its
 * sub-packages: ADR 0017) speak HTTP (Micronaut's HTTP and router types); only {@code api} carries the
 * API description's annotations, and the console only the one that hides it from that description;
 * nothing depends on the console. Only {@code api} carries JSON binding annotations (Jackson, serde):
 * stored JSON forms are written without them (e.g. {@code rules.StoredFindings}), so a wire rename
 * cannot change stored data.
 */
class StructureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.bindery.registry");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.bindery.registry.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheApiAndConsolePackagesUseHttpTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.bindery.registry.api..", "dev.bindery.registry.console")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut.http..", "io.micronaut.web..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiPackageCarriesWireAnnotations() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.bindery.registry.api..", "dev.bindery.registry.console")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.swagger..")
                .check(CLASSES);
        noClasses()
                .that()
                .resideInAPackage("dev.bindery.registry.console")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "API-description annotations but @Hidden",
                        type -> type.getPackageName().startsWith("io.swagger")
                                && !type.getName().equals("io.swagger.v3.oas.annotations.Hidden")))
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.bindery.registry.console..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.bindery.registry.console..")
                .check(CLASSES);
    }

    @Test
    void onlyTheApiPackageCarriesJsonBindingAnnotations() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.bindery.registry.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.annotation..", "io.micronaut.serde.annotation..")
                .check(CLASSES);
    }
}
