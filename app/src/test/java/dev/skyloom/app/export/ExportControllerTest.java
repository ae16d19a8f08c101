package dev.skyloom.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Design;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportControllerTest {
    @TempDir
    Path dir;

    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private final Doubles.Chooser chooser = new Doubles.Chooser();
    private final List<String> events = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final Design design = Examples.read(Examples.file("single-provider"));
    private boolean cancelAtOnce;

    private final ExportFeedback feedback = new ExportFeedback() {
        @Override
        public Runnable showProgress(String text, Runnable cancel) {
            events.add("progress");
            if (cancelAtOnce) {
                cancel.run();
            }
            return () -> events.add("closed");
        }

        @Override
        public void succeeded(String message, Path folder) {
            events.add("notified " + folder.getFileName());
        }
    };

    private ExportController controller() {
        return new ExportController(
                dialogs,
                chooser,
                TaskExecutor.direct(),
                feedback,
                () -> design,
                () -> Optional.of(Examples.catalog()),
                status::add);
    }

    @Test
    void theWorkbookDialogWritesAWorkbookWithTheSummarySheetAndNotifiesWithItsFolder() throws Exception {
        Path out = dir.resolve("cost.xlsx");
        chooser.save = Optional.of(out);
        controller().export(Exports.Kind.WORKBOOK);
        assertTrue(Files.size(out) > 0);
        try (InputStream in = Files.newInputStream(out);
                Workbook wb = new XSSFWorkbook(in)) {
            assertEquals("Summary", wb.getSheetName(0));
            assertTrue(wb.getNumberOfSheets() > 1);
        }
        assertEquals(List.of("progress", "closed", "notified " + dir.getFileName()), events);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void theTerraformDialogWritesAMarkedFolderWithProviderFiles() throws Exception {
        Path out = dir.resolve("tf");
        chooser.save = Optional.of(out);
        controller().export(Exports.Kind.TERRAFORM);
        assertTrue(Files.exists(out.resolve(".skyloom-generated")));
        assertTrue(Files.exists(out.resolve("terraform.tf")));
        assertTrue(Files.readString(out.resolve("aws.tf")).contains("resource \"aws_"));
        assertEquals("notified tf", events.get(events.size() - 1));
    }

    @Test
    void thePictureDialogWritesTheFormatTheFileNameAsksFor() throws Exception {
        Path svg = dir.resolve("slide.svg");
        controller().run(Exports.Kind.PICTURE, svg);
        String text = Files.readString(svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(svg.toFile()); // well-formed XML
        for (var c : design.components()) {
            assertTrue(text.contains(c.label()) || c.label().isEmpty(), c.label());
        }
        Path png = dir.resolve("slide.png");
        controller().run(Exports.Kind.PICTURE, png);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aFailureShowsExactlyOneClearDialogAndNoNotification() {
        Path out = dir.resolve("missing-folder").resolve("cost.xlsx");
        controller().run(Exports.Kind.WORKBOOK, out);
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).startsWith("error: Export failed: "), dialogs.shown.get(0));
        assertTrue(dialogs.shown.get(0).contains("does not exist"));
        assertFalse(events.stream().anyMatch(e -> e.startsWith("notified")));
    }

    @Test
    void aCancelledExportLeavesNothingBehindAndDoesNotNotify() {
        cancelAtOnce = true;
        Path out = dir.resolve("cost.xlsx");
        controller().run(Exports.Kind.WORKBOOK, out);
        assertFalse(Files.exists(out), "the cancelled workbook is removed");
        assertFalse(events.stream().anyMatch(e -> e.startsWith("notified")));
        assertTrue(status.contains("Export cancelled"));
        assertTrue(dialogs.shown.isEmpty());
    }

    @Test
    void aForeignNonEmptyFolderIsOnlyWrittenAfterTheUserAgrees() throws Exception {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("main.tf"), "# hand-written\n");
        dialogs.confirmAnswers.add(false);
        controller().run(Exports.Kind.TERRAFORM, out);
        assertEquals(List.of("confirm: Export"), dialogs.shown);
        assertFalse(Files.exists(out.resolve(".skyloom-generated")));
        assertTrue(events.isEmpty());
    }
}
