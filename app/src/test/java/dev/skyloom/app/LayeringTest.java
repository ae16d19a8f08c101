package dev.skyloom.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module directions of DESIGN.md: catalog <- model <- exporters <- app; only app touches JavaFX. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skyloom");
    }

    @Test
    void onlyTheAppImportsJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.skyloom.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void catalogAndModelKnowNothingOfPoiOrTheApp() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.skyloom.catalog..", "dev.skyloom.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.poi..", "dev.skyloom.app..", "dev.skyloom.export..", "picocli..")
                .check(classes);
    }

    @Test
    void catalogDoesNotDependOnTheModel() {
        noClasses()
                .that()
                .resideInAPackage("dev.skyloom.catalog..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.skyloom.model..")
                .check(classes);
    }

    @Test
    void exportersDoNotDependOnTheApp() {
        noClasses()
                .that()
                .resideInAPackage("dev.skyloom.export..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.skyloom.app..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.skyloom.(**)").should().beFreeOfCycles().check(classes);
    }
}
