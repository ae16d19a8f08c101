package dev.skyloom.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The diagram (geometry, text fitting, label placement, style) is toolkit-free: no JavaFX, no AWT or
 * Swing, no output format library. Its measurers live beside the toolkits that need them (the AWT one in
 * the picture package, the JavaFX one in the canvas), so every output can draw the one diagram.
 */
class DiagramPackageRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skyloom");
    }

    @Test
    void theDiagramPackageUsesNoToolkitAndNoOutputFormat() {
        noClasses()
                .that()
                .resideInAPackage("dev.skyloom.export.diagram..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx..",
                        "java.awt..",
                        "javax.swing..",
                        "javax.imageio..",
                        "org.apache.pdfbox..",
                        "org.apache.poi..",
                        "dev.skyloom.app..",
                        "dev.skyloom.export.picture..")
                .check(classes);
    }

    @Test
    void thePictureExportersUseNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.skyloom.export..", "dev.skyloom.app.picture..", "dev.skyloom.app.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(classes);
    }
}
