package dev.skyloom.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.SampleDesigns;
import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Component;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentViewModelTest {
    @TempDir
    Path dir;

    private final Design sample = SampleDesigns.builtIn();
    private Doubles.Dialogs dialogs;
    private Doubles.Chooser chooser;
    private Doubles.MemoryIo io;
    private DocumentViewModel vm;

    @BeforeEach
    void setUp() {
        dialogs = new Doubles.Dialogs();
        chooser = new Doubles.Chooser();
        io = new Doubles.MemoryIo();
        vm = new DocumentViewModel(
                sample, io, dialogs, chooser, TaskExecutor.direct(), new RecoveryStore(dir.resolve("data")));
    }

    private int poolCount() {
        return ((Component.GpuPool) vm.design().component("train-pool").orElseThrow()).count();
    }

    @Test
    void selectionReplacesExtendsAndToggles() {
        vm.select("lake", false);
        vm.select("train-pool", true);
        assertEquals(Set.of("lake", "train-pool"), vm.selection());
        vm.select("lake", true);
        assertEquals(Set.of("train-pool"), vm.selection());
        vm.select("training", false);
        assertEquals(Set.of("training"), vm.selection());
        assertTrue(vm.hasSelectionProperty().get());
        vm.select("no-such-id", false);
        assertTrue(vm.selection().isEmpty());
        vm.selectAll();
        assertEquals(sample.components().size(), vm.selection().size());
    }

    @Test
    void deletingARegionRemovesItsContentsAndConnectionsAndUndoRestoresThem() {
        vm.select("aws-fra", false);
        vm.deleteSelection();
        assertTrue(vm.design().component("lake").isEmpty());
        assertTrue(vm.design().connection("training-reads-lake").isEmpty());
        assertTrue(vm.selection().isEmpty());
        assertTrue(vm.canUndoProperty().get());
        assertEquals("Undo Delete", vm.undoLabelProperty().get());
        vm.undo();
        assertEquals(sample, vm.design());
        assertEquals("Redo Delete", vm.redoLabelProperty().get());
        vm.redo();
        assertTrue(vm.design().component("aws-fra").isEmpty());
    }

    @Test
    void undoDropsSelectedIdsThatNoLongerExist() {
        Component.Pipeline p = new Component.Pipeline(
                "etl", "ETL", Optional.empty(), dev.skyloom.model.Survives.NONE, List.of(), Map.of());
        vm.apply(new Edit.AddComponent(p, Optional.empty()));
        vm.select("etl", false);
        vm.undo();
        assertTrue(vm.selection().isEmpty());
    }

    @Test
    void pasteCreatesCopiesWithNewIdsShiftedAndSelected() {
        vm.select("lake", false);
        vm.copySelection();
        assertTrue(vm.canPasteProperty().get());
        vm.paste();
        assertEquals(Set.of("lake-2"), vm.selection());
        Component copy = vm.design().component("lake-2").orElseThrow();
        assertEquals(Optional.of("aws-fra"), copy.parent());
        // issue 15: not 24 units down and right, on top of the original, but in the nearest free place
        vm.paste();
        assertEquals(Set.of("lake-3"), vm.selection());
        dev.skyloom.export.diagram.DiagramLayout layout = dev.skyloom.export.diagram.DiagramLayout.of(vm.design());
        for (String a : List.of("lake", "lake-2", "lake-3", "train-pool")) {
            for (String b : List.of("lake", "lake-2", "lake-3", "train-pool")) {
                dev.skyloom.export.diagram.Rect ra = layout.rect(a).orElseThrow();
                dev.skyloom.export.diagram.Rect rb = layout.rect(b).orElseThrow();
                assertTrue(
                        a.equals(b)
                                || ra.maxX() <= rb.x()
                                || rb.maxX() <= ra.x()
                                || ra.maxY() <= rb.y()
                                || rb.maxY() <= ra.y(),
                        a + " overlaps " + b);
            }
        }
        vm.undo();
        vm.undo();
        assertEquals(sample, vm.design());
    }

    @Test
    void duplicatingARegionCopiesItsChildrenAndTheConnectionsBetweenThem() {
        vm.select("aws-fra", false);
        vm.select("training", true);
        vm.duplicateSelection();
        Design d = vm.design();
        assertEquals(sample.components().size() + 4, d.components().size());
        assertEquals(
                Optional.of("aws-fra-2"), d.component("lake-2").orElseThrow().parent());
        assertTrue(d.connections().stream()
                .anyMatch(k ->
                        k.type() == ConnectionType.READS && k.from().equals("training-2") && k.to().equals("lake-2")));
        assertEquals(4, vm.selection().size());
        vm.undo();
        assertEquals(sample, vm.design(), "a duplicate is one undo step");
    }

    @Test
    void cutRemovesAndPasteBringsBackUnderANewId() {
        vm.select("training", false);
        vm.cutSelection();
        assertTrue(vm.design().component("training").isEmpty());
        vm.paste();
        assertTrue(vm.design().component("training").isPresent(), "the id is free again, so the copy reuses it");
    }

    @Test
    void anInvalidEditIsRefusedWithAStatusAndChangesNothing() {
        Component bad =
                ((Component.GpuPool) sample.component("train-pool").orElseThrow()).withParent(Optional.of("aws"));
        assertFalse(vm.apply(new Edit.UpdateComponent(bad)));
        assertSame(sample, vm.design());
        assertFalse(vm.dirtyProperty().get());
        assertTrue(
                vm.statusProperty().get().startsWith("Not done:"),
                vm.statusProperty().get());
    }

    @Test
    void dirtyStateAndTitleFollowEditsSaveAndUndo() throws Exception {
        assertEquals("EU sovereign training — Skyloom", vm.titleProperty().get());
        vm.rename("lake", "Data lake");
        assertTrue(vm.dirtyProperty().get());
        assertEquals("• EU sovereign training — Skyloom", vm.titleProperty().get());
        Path file = dir.resolve("eu.skyloom.json");
        chooser.save = Optional.of(file);
        assertTrue(vm.save());
        assertFalse(vm.dirtyProperty().get());
        assertEquals("eu.skyloom.json — Skyloom", vm.titleProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), vm.recentFiles());
        assertEquals(vm.design(), io.read(file));
        vm.undo();
        assertTrue(vm.dirtyProperty().get());
        vm.redo();
        assertFalse(vm.dirtyProperty().get());
    }

    @Test
    void openingABrokenFileShowsOneErrorAndKeepsTheCurrentDesign() throws Exception {
        vm.rename("lake", "Edited");
        Design before = vm.design();
        Path broken = dir.resolve("broken.skyloom.json");
        Files.writeString(broken, "{ \"skyloom\": 1, \"components\": [");
        vm.openFile(broken);
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.get(0).startsWith("error: Cannot open design: " + broken), dialogs.shown.get(0));
        assertSame(before, vm.design());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(Optional.empty(), vm.fileProperty().get());
        assertTrue(vm.canUndoProperty().get(), "history is kept");
    }

    @Test
    void openReplacesTheDesignWithACleanHistory() throws Exception {
        Path file = dir.resolve("other.skyloom.json");
        io.save(Design.empty("Other"), file);
        vm.rename("lake", "Edited");
        dialogs.saveChoice = DialogService.SaveChoice.DISCARD;
        chooser.open = Optional.of(file);
        vm.open();
        assertEquals("Other", vm.design().name());
        assertFalse(vm.canUndoProperty().get());
        assertFalse(vm.dirtyProperty().get());
        assertEquals(List.of("save? EU sovereign training"), dialogs.shown);
    }

    @Test
    void cancellingTheSaveQuestionKeepsTheDocument() {
        vm.rename("lake", "Edited");
        dialogs.saveChoice = DialogService.SaveChoice.CANCEL;
        vm.newDocument();
        assertEquals("EU sovereign training", vm.design().name());
        assertFalse(vm.confirmDiscard());
    }

    @Test
    void savingOverAFileChangedOnDiskAsksFirst() throws Exception {
        Path file = dir.resolve("eu.skyloom.json");
        chooser.save = Optional.of(file);
        vm.save();
        Files.writeString(file, "edited elsewhere, and longer than before");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        vm.rename("lake", "Mine");
        dialogs.confirmAnswers.push(false);
        assertFalse(vm.save());
        assertEquals("confirm: File changed on disk", dialogs.shown.get(dialogs.shown.size() - 1));
        assertTrue(vm.dirtyProperty().get());
        assertEquals("edited elsewhere, and longer than before", Files.readString(file));
        dialogs.confirmAnswers.push(true);
        assertTrue(vm.save());
        assertEquals("Mine", io.read(file).component("lake").orElseThrow().name());
    }

    @Test
    void theRecoveryCopyIsOfferedOnlyWhenItDiffersFromTheSavedFile() throws Exception {
        Path file = dir.resolve("eu.skyloom.json");
        chooser.save = Optional.of(file);
        vm.save();
        vm.rename("lake", "Unsaved work");
        vm.writeRecovery();
        RecoveryStore store = new RecoveryStore(dir.resolve("data"));
        assertTrue(store.find().isPresent());

        DocumentViewModel next =
                new DocumentViewModel(Design.empty("start"), io, dialogs, chooser, TaskExecutor.direct(), store);
        dialogs.confirmAnswers.push(true);
        assertTrue(next.offerRecovery());
        assertEquals(
                "Unsaved work", next.design().component("lake").orElseThrow().name());
        assertTrue(next.dirtyProperty().get());
        assertEquals(Optional.of(file.toAbsolutePath()), next.fileProperty().get());
        assertTrue(store.find().isEmpty());

        store.write(io.toJson(io.read(file)), Optional.of(file));
        int dialogsBefore = dialogs.shown.size();
        assertFalse(next.offerRecovery());
        assertEquals(dialogsBefore, dialogs.shown.size(), "no question when the copy equals the file");
        assertTrue(store.find().isEmpty());
    }

    @Test
    void noRecoveryCopyIsWrittenForACleanDocument() throws Exception {
        vm.writeRecovery();
        assertTrue(new RecoveryStore(dir.resolve("data")).find().isEmpty());
    }

    @Test
    void connectAddsAReadableConnectionAndSelectsIt() {
        assertTrue(vm.connect("training", "lake-dr", ConnectionType.WRITES));
        assertEquals(Set.of("training-writes-lake-dr"), vm.selection());
        assertNotEquals(sample, vm.design());
    }
}
