package dev.skyloom.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.analysis.Examples;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Design;
import dev.skyloom.model.fixtures.ExampleFiles;
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
    private final Design design = Examples.read(ExampleFiles.path("single-provider"));
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

    /** The menu entry of the registry that offers format {@code id}. */
    static ExportFormats.MenuEntry entry(String id) {
        return ExportFormats.STANDARD.menu().stream()
                .filter(e -> e.formats().stream().anyMatch(f -> f.info().id().equals(id)))
                .findFirst()
                .orElseThrow();
    }

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
        controller().export(entry("xlsx"));
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
        controller().export(entry("terraform"));
        assertTrue(Files.exists(out.resolve(".skyloom-generated")));
        assertTrue(Files.exists(out.resolve("terraform.tf")));
        assertTrue(Files.readString(out.resolve("aws.tf")).contains("resource \"aws_"));
        assertEquals("notified tf", events.get(events.size() - 1));
    }

    @Test
    void thePictureDialogWritesTheFormatTheFileNameAsksFor() throws Exception {
        Path svg = dir.resolve("slide.svg");
        controller().run(entry("png"), svg);
        String text = Files.readString(svg);
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(svg.toFile()); // well-formed XML
        for (var c : design.components()) {
            assertTrue(text.contains(c.label()) || c.label().isEmpty(), c.label());
        }
        Path png = dir.resolve("slide.png");
        controller().run(entry("png"), png);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }

    @Test
    void aFailureShowsExactlyOneClearDialogAndNoNotification() {
        Path out = dir.resolve("missing-folder").resolve("cost.xlsx");
        controller().run(entry("xlsx"), out);
        assertEquals(1, dialogs.shown.size(), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(0).startsWith("error: Export failed: "), dialogs.shown.get(0));
        assertTrue(dialogs.shown.get(0).contains("does not exist"));
        assertFalse(events.stream().anyMatch(e -> e.startsWith("notified")));
    }

    @Test
    void aCancelledExportLeavesNothingBehindAndDoesNotNotify() {
        cancelAtOnce = true;
        Path out = dir.resolve("cost.xlsx");
        controller().run(entry("xlsx"), out);
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
        controller().run(entry("terraform"), out);
        assertEquals(List.of("confirm: Export"), dialogs.shown);
        assertFalse(Files.exists(out.resolve(".skyloom-generated")));
        assertTrue(events.isEmpty());
    }

    private static int[] pngSize(Path png) throws Exception {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        return new int[] {image.getWidth(), image.getHeight()};
    }

    @Test
    void aPngExportedAtThreeTimesIsThreeTimesAsWideAndHighAsOneAtOneTime() throws Exception {
        ExportController c = controller();
        List<ExportController.PngScale> offered = c.pngScales();
        assertEquals(
                List.of(1.0, 2.0, 3.0, 4.0),
                offered.stream().map(ExportController.PngScale::scale).toList());
        Path one = dir.resolve("one.png");
        chooser.save = Optional.of(one);
        dialogs.chooseIndex = 0;
        c.export(entry("png"));
        Path three = dir.resolve("three.png");
        chooser.save = Optional.of(three);
        dialogs.chooseIndex = 2;
        c.export(entry("png"));
        int[] a = pngSize(one);
        int[] b = pngSize(three);
        assertTrue(Math.abs(b[0] - 3 * a[0]) <= 2, a[0] + " px wide at 1x, " + b[0] + " at 3x");
        assertTrue(Math.abs(b[1] - 3 * a[1]) <= 2, a[1] + " px high at 1x, " + b[1] + " at 3x");
        assertEquals(
                String.format(java.util.Locale.ROOT, "1× (%,d × %,d px)", a[0], a[1]),
                dialogs.offered.get(0).get(0),
                "the dialog shows the size the file gets");
        assertEquals(
                String.format(java.util.Locale.ROOT, "3× (%,d × %,d px)", b[0], b[1]),
                dialogs.offered.get(0).get(2));
    }

    @Test
    void theLastChosenPngScaleIsOfferedFirstNextTime() throws Exception {
        ExportController c = controller();
        chooser.save = Optional.of(dir.resolve("first.png"));
        c.export(entry("png"));
        assertEquals("choose: Export picture: initial " + c.pngScales().get(1), dialogs.shown.get(0), "2x at first");
        dialogs.chooseIndex = 3;
        chooser.save = Optional.of(dir.resolve("second.png"));
        c.export(entry("png"));
        assertEquals(4.0, c.pictureScale());
        dialogs.chooseIndex = -1;
        Path third = dir.resolve("third.png");
        chooser.save = Optional.of(third);
        c.export(entry("png"));
        assertEquals("choose: Export picture: initial " + c.pngScales().get(3), dialogs.shown.get(2));
        assertEquals(c.pngScales().get(3).width(), pngSize(third)[0]);
    }

    @Test
    void cancellingTheScaleWritesNothingAndVectorPicturesAskNoScale() throws Exception {
        dialogs.chooseIndex = -2;
        Path png = dir.resolve("cancelled.png");
        chooser.save = Optional.of(png);
        controller().export(entry("png"));
        assertFalse(Files.exists(png));
        assertTrue(events.isEmpty(), events.toString());
        dialogs.shown.clear();
        Path pdf = dir.resolve("slide.pdf");
        chooser.save = Optional.of(pdf);
        controller().export(entry("png"));
        assertTrue(Files.size(pdf) > 0);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
    }
}
