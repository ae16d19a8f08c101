package dev.skyloom.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The Map view's model (projection, outline, great-circle lines, markers) is toolkit-free, as the diagram is. */
class MapPackageRulesTest {
    @Test
    void theMapPackageUsesNoToolkitAndNoOutputFormat() {
        noClasses()
                .that()
                .resideInAPackage("dev.skyloom.export.map..")
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
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.skyloom.export.map"));
    }
}
