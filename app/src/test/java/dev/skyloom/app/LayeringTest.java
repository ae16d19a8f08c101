package dev.skyloom.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module directions of DESIGN.md: catalog <- model <- exporters <- app; only app touches JavaFX, and
 * of app not the command line; only the command line and the launcher print; no harness or generated
 * design in the product; view-models touch no controls. (The diagram package: {@code
 * DiagramPackageRulesTest}.)
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // a full build puts model's test-jar (generators, harnesses) on the class path as a jar, which
                // DO_NOT_INCLUDE_TESTS recognises only as a test-classes folder
                .withImportOption(location -> !location.contains("-tests.jar"))
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
    void theCommandLineReachesNoJavaFx() {
        noClasses()
                .that()
                .resideInAPackage("dev.skyloom.app.cli..")
                .should()
                .transitivelyDependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheLauncherPrint() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.skyloom.app.cli..")
                .and()
                .doNotHaveFullyQualifiedName(Main.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(SkyloomApp.class.getName())
                .and()
                .doNotHaveFullyQualifiedName(StartupTiming.class.getName())
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void noHarnessOrGeneratorShipsInTheProduct() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Harness")
                .orShould()
                .haveSimpleNameStartingWith("Generated")
                .orShould()
                .haveSimpleNameStartingWith("Synthetic")
                .orShould()
                .resideInAnyPackage("..harness..", "..sample..", "org.openjdk.jmh..")
                .check(classes);
    }

    @Test
    void viewModelsTouchNoControls() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .haveSimpleNameEndingWith("Model")
                .and()
                .resideInAPackage("dev.skyloom.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.skyloom.(**)").should().beFreeOfCycles().check(classes);
    }
}
