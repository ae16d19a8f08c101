package dev.skyloom.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.cli.CliRun;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.export.ExportException;
import dev.skyloom.model.Design;
import dev.skyloom.model.check.Checks;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class ExportRegistryTest {
    private static final ExportFormats WITH_DUMMY = ExportFormats.STANDARD.with(new DummyExport());
    private static final String DESIGN = ExampleFiles.path("single-provider").toString();

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theStandardFormatsGiveTheCommandLineOptionsAndTheMenuItems() {
        CliRun help = CliRun.with(ExportFormats.STANDARD, Checks.standard(), "export", "--help");
        for (String option : List.of(
                "--xlsx=OUT", "--terraform=DIR", "--png=OUT", "--svg=OUT", "--pdf=OUT", "--pptx=OUT", "--drawio=OUT")) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
        assertEquals(
                List.of(
                        "Export Cost Workbook…",
                        "Export Terraform…",
                        "Export Picture…",
                        "Export Presentation…",
                        "Export draw.io Diagram…"),
                ExportFormats.STANDARD.menu().stream()
                        .map(ExportFormats.MenuEntry::label)
                        .toList());
        ExportFormats.MenuEntry pictures = ExportFormats.STANDARD.menu().get(2);
        assertEquals("pdf", pictures.formatFor("Slide.PDF").info().id());
        assertEquals("png", pictures.formatFor("slide").info().id(), "no known extension: the first");
    }

    @Test
    void aDummyFormatAppearsInTheCommandLineHelp() {
        CliRun help = CliRun.with(WITH_DUMMY, Checks.standard(), "export", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("--dummy=OUT"), help.out());
        assertTrue(help.out().contains("Write the dummy listing to OUT."), help.out());
        assertFalse(CliRun.with(ExportFormats.STANDARD, Checks.standard(), "export", "--help")
                .out()
                .contains("--dummy"));
        CliRun nothing = CliRun.with(WITH_DUMMY, Checks.standard(), "export", DESIGN);
        assertTrue(nothing.err().contains("--dummy OUT"), "the 'nothing to export' line lists it: " + nothing.err());
    }

    @Test
    void aDummyFormatAppearsInTheDesignersMenuAndItsFileChooser() {
        List<ExportFormats.MenuEntry> chosen = new ArrayList<>();
        List<MenuItem> items = ExportMenu.items(WITH_DUMMY, chosen::add);
        assertEquals(
                List.of(
                        "Export Cost Workbook…",
                        "Export Terraform…",
                        "Export Picture…",
                        "Export Presentation…",
                        "Export draw.io Diagram…",
                        "Export Dummy…"),
                items.stream().map(MenuItem::getText).toList());
        MenuItem dummy = items.get(items.size() - 1);
        assertEquals("action-export-dummy", dummy.getId());
        dummy.fire();
        assertEquals(1, chosen.size());
        assertTrue(chosen.get(0).first() instanceof DummyExport);

        List<FileChooserService.ExportChoice> asked = new ArrayList<>();
        FileChooserService chooser = new FileChooserService() {
            @Override
            public Optional<Path> chooseOpen(Optional<Path> initialDirectory) {
                throw new AssertionError("an export never opens");
            }

            @Override
            public Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName) {
                throw new AssertionError("an export uses its own chooser");
            }

            @Override
            public Optional<Path> chooseExport(ExportChoice choice) {
                asked.add(choice);
                return Optional.of(dir.resolve("listing.dummy"));
            }

            @Override
            public Optional<Path> chooseTerraformJson(Optional<Path> initialDirectory) {
                throw new AssertionError("an export imports nothing");
            }

            @Override
            public Optional<Path> chooseTerraformFolder(Optional<Path> initialDirectory) {
                throw new AssertionError("an export imports nothing");
            }
        };
        controller(chooser).export(chosen.get(0));
        assertEquals("Export the dummy listing", asked.get(0).title());
        assertEquals(
                List.of(new FileChooserService.Filter("Dummy listing (*.dummy)", List.of("*.dummy"))),
                asked.get(0).filters());
        assertTrue(asked.get(0).suggestedName().endsWith(".dummy"), asked.get(0).suggestedName());
        assertTrue(Files.exists(dir.resolve("listing.dummy")), "written by the designer's export");
    }

    @Test
    void aDummyFormatIsWrittenByTheOneOrchestrationFromTheCommandLine() throws Exception {
        Path listing = dir.resolve("design.dummy");
        Path svg = dir.resolve("design.svg");
        CliRun r = CliRun.with(
                WITH_DUMMY,
                Checks.standard(),
                "export",
                DESIGN,
                "--dummy",
                listing.toString(),
                "--svg",
                svg.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("wrote " + listing), r.out());
        Design design = Examples.read(Path.of(DESIGN));
        assertEquals(design.name() + ": " + design.components().size() + " components\n", Files.readString(listing));
        assertTrue(Files.readString(svg).contains("<svg"));
    }

    @Test
    void aFailingFormatLeavesNoPartOfTheOtherOutputs() throws Exception {
        ExportFormats formats = WITH_DUMMY.with(new DummyExport.Failing());
        Files.writeString(dir.resolve("costs.xlsx"), "the previous workbook");
        var before = dev.skyloom.model.file.FolderSnapshot.of(dir);
        CliRun r = CliRun.with(
                formats,
                Checks.standard(),
                "export",
                DESIGN,
                "--xlsx",
                dir.resolve("costs.xlsx").toString(),
                "--terraform",
                dir.resolve("tf").toString(),
                "--svg",
                dir.resolve("d.svg").toString(),
                "--failing",
                dir.resolve("x.fail").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the disk filled up"), r.err());
        assertEquals(before, dev.skyloom.model.file.FolderSnapshot.of(dir), "nothing written, nothing removed");
    }

    @Test
    void anOutputGivenTwiceIsRefused() {
        Path same = dir.resolve("x.out");
        ExportException e = assertThrows(
                ExportException.class,
                () -> Exports.check(
                        List.of(
                                new Exports.Request(new DummyExport(), same),
                                new Exports.Request(
                                        new PictureExport(dev.skyloom.app.picture.PictureFormat.SVG), same)),
                        new ExportSettings(false, 1)));
        assertTrue(e.getMessage().contains("given for two outputs"), e.getMessage());
    }

    @Test
    void twoFormatsWithOneIdAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WITH_DUMMY.with(new DummyExport()));
        assertSame(WITH_DUMMY.byId("dummy").orElseThrow().getClass(), DummyExport.class);
    }

    private ExportController controller(FileChooserService chooser) {
        return new ExportController(
                new Doubles.Dialogs(),
                chooser,
                TaskExecutor.direct(),
                new ExportFeedback() {
                    @Override
                    public Runnable showProgress(String text, Runnable cancel) {
                        return () -> {};
                    }

                    @Override
                    public void succeeded(String message, Path folder) {}
                },
                () -> Examples.read(Path.of(DESIGN)),
                () -> Optional.of(Examples.catalog()),
                s -> {});
    }
}
