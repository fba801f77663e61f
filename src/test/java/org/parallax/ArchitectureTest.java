package org.parallax;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering the README promises: a UI-free core, a CLI and a JavaFX UI over it, no package cycles. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parallax");
    }

    @Test
    void coreDoesNotTouchJavaFxOrTheUserInterfaces() {
        noClasses().that().resideInAPackage("org.parallax.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "org.parallax.ui..", "org.parallax.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void cliDoesNotTouchJavaFx() {
        noClasses().that().resideInAPackage("org.parallax.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.parallax.ui..")
                .check(classes);
    }

    @Test
    void onlyTheUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.parallax.ui..")
                .and().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.parallax.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.parallax.(*)..").should().beFreeOfCycles().check(classes);
    }
}
