package dev.skyloom.app.document;

import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.model.Annotation;
import dev.skyloom.model.Bounds;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.Design;
import dev.skyloom.model.edit.Edit;
import dev.skyloom.model.edit.EditHistory;
import dev.skyloom.model.text.Counted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open design: its undo history, file, dirty state, selection and clipboard, as read-only
 * properties and command methods. Views bind to it; nothing here touches a control. Runs on the UI
 * thread.
 */
public final class DocumentViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);
    private static final double PASTE_OFFSET = 24;

    private final DesignIo io;
    private final DialogService dialogs;
    private final FileChooserService chooser;
    private final TaskExecutor tasks;
    private final RecoveryStore recovery;
    private final EditHistory history;

    private final ReadOnlyObjectWrapper<Design> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ReadOnlyObjectWrapper<Optional<Path>> file =
            new ReadOnlyObjectWrapper<>(this, "file", Optional.empty());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "Undo");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper replacements = new ReadOnlyLongWrapper(this, "replacements");
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper(this, "canPaste");
    private final ReadOnlyBooleanWrapper hasSelection = new ReadOnlyBooleanWrapper(this, "hasSelection");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    private Fragment clipboard = new Fragment(List.of(), List.of(), java.util.Map.of());
    private Optional<DiskStamp> stamp = Optional.empty();
    private int pasteCount;

    public DocumentViewModel(
            Design initial,
            DesignIo io,
            DialogService dialogs,
            FileChooserService chooser,
            TaskExecutor tasks,
            RecoveryStore recovery) {
        this.io = Objects.requireNonNull(io);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.chooser = Objects.requireNonNull(chooser);
        this.tasks = Objects.requireNonNull(tasks);
        this.recovery = Objects.requireNonNull(recovery);
        this.history = new EditHistory(initial);
        history.addListener(this::sync);
        file.addListener((o, a, b) -> syncTitle());
        selection.addListener(
                (javafx.collections.SetChangeListener<String>) c -> hasSelection.set(!selection.isEmpty()));
        sync();
    }

    // ---- properties -------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Design> designProperty() {
        return design.getReadOnlyProperty();
    }

    public Design design() {
        return design.get();
    }

    public ReadOnlyObjectProperty<Optional<Path>> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    /** "name — Skyloom", with a leading "• " while there are unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last thing worth telling the user in the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasSelectionProperty() {
        return hasSelection.getReadOnlyProperty();
    }

    /** Ids of the selected components and connections; views may change it. */
    public ObservableSet<String> selection() {
        return selection;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void setStatus(String message) {
        status.set(message);
    }

    // ---- editing ----------------------------------------------------------------------------

    /** Applies an edit; an invalid result is refused with a status message and changes nothing. */
    public boolean apply(Edit edit) {
        try {
            history.apply(edit);
            status.set(edit.label());
            return true;
        } catch (IllegalArgumentException e) {
            status.set("Not done: " + e.getMessage());
            return false;
        }
    }

    /** A drag ended: the next move is a new undo step. */
    public void endGesture() {
        history.endCoalescing();
    }

    public void undo() {
        if (history.canUndo()) {
            String label = history.undoLabel().orElse("");
            history.undo();
            pruneSelection();
            status.set("Undone: " + label);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String label = history.redoLabel().orElse("");
            history.redo();
            pruneSelection();
            status.set("Redone: " + label);
        }
    }

    public void select(String id, boolean extend) {
        if (!extend) {
            selection.clear();
        }
        if (design().contains(id)) {
            if (extend && selection.contains(id)) {
                selection.remove(id);
            } else {
                selection.add(id);
            }
        }
    }

    /**
     * Arrange (one undo step): lays out the selected providers and regions, and those holding a selected
     * card, with everything inside them; the whole design when nothing is selected. Containers are made wide
     * enough for their titles as {@code catalog} names them.
     */
    public void arrange(Optional<dev.skyloom.catalog.Catalog> catalog) {
        Design d = design();
        Set<String> containers = new LinkedHashSet<>();
        for (String id : selection) {
            d.component(id).ifPresent(c -> {
                if (dev.skyloom.export.diagram.DiagramLayout.isContainer(c)) {
                    containers.add(c.id());
                } else {
                    c.parent().ifPresent(containers::add);
                }
            });
        }
        apply(dev.skyloom.export.arrange.Arrangement.edit(
                d, containers, dev.skyloom.export.picture.AwtTextMeasure.shared(), catalog));
    }

    public void selectAll() {
        selection.clear();
        design().components().forEach(c -> selection.add(c.id()));
    }

    public void clearSelection() {
        selection.clear();
    }

    /** Deletes the selected components (with their contents and connections) and connections as one step. */
    public void deleteSelection() {
        Design d = design();
        Set<String> components = new LinkedHashSet<>();
        Set<String> connections = new LinkedHashSet<>();
        for (String id : selection) {
            if (d.component(id).isPresent()) {
                components.add(id);
            } else if (d.connection(id).isPresent()) {
                connections.add(id);
            }
        }
        Set<String> removedWithComponents = new LinkedHashSet<>();
        for (Connection k : d.connections()) {
            if (connections.contains(k.id())
                    && (insideAny(d, k.from(), components) || insideAny(d, k.to(), components))) {
                removedWithComponents.add(k.id());
            }
        }
        connections.removeAll(removedWithComponents);
        List<Edit> edits = new java.util.ArrayList<>();
        if (!connections.isEmpty()) {
            edits.add(new Edit.Disconnect(connections));
        }
        if (!components.isEmpty()) {
            edits.add(new Edit.RemoveComponents(components));
        }
        List<Annotation> kept = new java.util.ArrayList<>(d.annotations());
        if (kept.removeIf(a -> selection.contains(a.id()))) {
            edits.add(new Edit.SetAnnotations("Delete", kept));
        }
        if (edits.isEmpty()) {
            return;
        }
        Edit edit = edits.size() == 1 ? edits.get(0) : new Edit.Composite("Delete", edits);
        if (apply(edit)) {
            selection.clear();
        }
    }

    private static boolean insideAny(Design d, String id, Set<String> ancestors) {
        Optional<Component> c = d.component(id);
        while (c.isPresent()) {
            if (ancestors.contains(c.get().id())) {
                return true;
            }
            c = c.get().parent().flatMap(d::component);
        }
        return false;
    }

    public void copySelection() {
        Fragment f = Fragment.of(design(), selection);
        if (f.isEmpty()) {
            return;
        }
        clipboard = f;
        pasteCount = 0;
        canPaste.set(true);
        status.set("Copied " + Counted.of(f.components().size(), "component"));
    }

    public void cutSelection() {
        copySelection();
        deleteSelection();
    }

    /** Pastes the clipboard with new ids, shifted a little more each time, and selects the copies. */
    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        insert(clipboard, PASTE_OFFSET * pasteCount, "Paste");
    }

    public void duplicateSelection() {
        Fragment f = Fragment.of(design(), selection);
        if (!f.isEmpty()) {
            insert(f, PASTE_OFFSET, "Duplicate");
        }
    }

    private void insert(Fragment f, double offset, String label) {
        Fragment.Paste p = f.pasteInto(design(), offset, offset, label);
        if (p.newIds().isEmpty()) {
            status.set(label + ": nothing can be placed here");
            return;
        }
        // a pasted card goes to the nearest free place of its container, not on top of its original
        if (apply(FreeSlots.settle(design(), p.edit()))) {
            selection.clear();
            selection.addAll(p.newIds());
        }
    }

    /** Renames a component or does nothing when the name is unchanged. */
    // ---- notes and zones ---------------------------------------------------------------------

    /** Adds a note or a zone with its top-left corner at (x, y) and selects it (one undo step). */
    public void addAnnotation(Annotation.Kind kind, double x, double y) {
        Design d = design();
        String prefix = kind.json() + "-";
        int n = 1;
        while (d.contains(prefix + n)) {
            n++;
        }
        double[] size = kind.defaultSize();
        Annotation a = new Annotation(
                prefix + n,
                kind,
                kind == Annotation.Kind.NOTE ? "Note" : "Zone",
                new Bounds(x, y, size[0], size[1]).onHalfUnits());
        List<Annotation> all = new java.util.ArrayList<>(d.annotations());
        all.add(a);
        if (apply(new Edit.SetAnnotations(kind == Annotation.Kind.NOTE ? "Add note" : "Add zone", all))) {
            selection.clear();
            selection.add(a.id());
        }
    }

    /** The ids among {@code ids} that are notes or zones. */
    public Set<String> annotationIds(Set<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        for (Annotation a : design().annotations()) {
            if (ids.contains(a.id())) {
                result.add(a.id());
            }
        }
        return result;
    }

    /** Moves notes and zones by (dx, dy) (one undo step). */
    public void moveAnnotations(Set<String> ids, double dx, double dy) {
        changeAnnotations(
                "Move",
                a -> ids.contains(a.id())
                        ? a.withBounds(a.bounds().movedBy(dx, dy).onHalfUnits())
                        : a);
    }

    /** Gives one note or zone new bounds (resize). */
    public void resizeAnnotation(String id, Bounds bounds) {
        changeAnnotations("Resize", a -> a.id().equals(id) ? a.withBounds(bounds.onHalfUnits()) : a);
    }

    private void changeAnnotations(String label, java.util.function.UnaryOperator<Annotation> change) {
        List<Annotation> next = new java.util.ArrayList<>();
        for (Annotation a : design().annotations()) {
            next.add(change.apply(a));
        }
        if (!next.equals(design().annotations())) {
            apply(new Edit.SetAnnotations(label, next));
        }
    }

    public void rename(String id, String name) {
        if (design().annotation(id).isPresent()) {
            changeAnnotations("Edit text", a -> a.id().equals(id) ? a.withText(name.strip()) : a);
            return;
        }
        design().component(id)
                .filter(c -> !c.name().equals(name))
                .ifPresent(c -> apply(new Edit.UpdateComponent(c.withName(name.strip()))));
    }

    /** Adds a connection of {@code type}; selects it. */
    public boolean connect(String from, String to, dev.skyloom.model.ConnectionType type) {
        String id = ConnectionRules.newId(design(), type, from, to);
        Connection k = new Connection(id, type, from, to, java.math.BigDecimal.ZERO, java.util.Map.of());
        if (apply(new Edit.Connect(k))) {
            selection.clear();
            selection.add(id);
            return true;
        }
        return false;
    }

    public void moveTo(String id, Bounds bounds) {
        apply(new Edit.Move(java.util.Map.of(id, bounds)));
    }

    // ---- files ------------------------------------------------------------------------------

    /** Asks to save unsaved changes; false when the user cancels (the caller must then not go on). */
    public boolean confirmDiscard() {
        if (!history.isDirty()) {
            return true;
        }
        DialogService.SaveChoice choice = dialogs.askSaveChanges(displayName());
        if (choice == DialogService.SaveChoice.CANCEL) {
            return false;
        }
        return choice == DialogService.SaveChoice.DISCARD || save();
    }

    public void newDocument() {
        if (confirmDiscard()) {
            replace(Design.empty("Untitled"), Optional.empty(), false);
            status.set("New design");
        }
    }

    /** Asks for a file and opens it. */
    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        chooser.chooseOpen(directory()).ifPresent(this::openFile);
    }

    /** Opens a file without asking about unsaved changes (the caller did). */
    public void openFile(Path path) {
        tasks.submit(
                () -> io.read(path),
                d -> {
                    replace(d, Optional.of(path), false);
                    remember(path);
                    status.set("Opened " + path.getFileName());
                },
                e -> {
                    String message = e instanceof DocumentException ? e.getMessage() : path + ": " + e.getMessage();
                    dialogs.showError("Cannot open design", message);
                    status.set("Could not open " + path.getFileName());
                });
    }

    public void openRecent(Path path) {
        if (!confirmDiscard()) {
            return;
        }
        if (!Files.isRegularFile(path)) {
            recentFiles.remove(path);
            dialogs.showError("Cannot open design", path + ": the file no longer exists");
            return;
        }
        openFile(path);
    }

    public boolean save() {
        Optional<Path> target = file.get();
        return target.isPresent() ? saveTo(target.get(), true) : saveAs();
    }

    public boolean saveAs() {
        Optional<Path> target = chooser.chooseSave(directory(), suggestedFileName());
        return target.isPresent() && saveTo(withExtension(target.get()), false);
    }

    private boolean saveTo(Path target, boolean checkDisk) {
        if (checkDisk
                && changedOnDisk(target)
                && !dialogs.confirm(
                        "File changed on disk",
                        target.getFileName() + " was changed by another program since it was opened. Overwrite it?")) {
            status.set("Not saved");
            return false;
        }
        try {
            io.save(design(), target);
        } catch (DocumentException e) {
            dialogs.showError("Cannot save design", e.getMessage());
            return false;
        }
        stamp = DiskStamp.of(target);
        file.set(Optional.of(target));
        history.markSaved();
        remember(target);
        clearRecovery();
        status.set("Saved " + target.getFileName());
        return true;
    }

    /** True when the file on disk is not the one this document last read or wrote. */
    public boolean changedOnDisk(Path target) {
        return Files.exists(target) && stamp.isPresent() && !stamp.equals(DiskStamp.of(target));
    }

    public void revert() {
        Optional<Path> f = file.get();
        if (f.isEmpty() || !history.isDirty()) {
            return;
        }
        if (dialogs.confirm(
                "Revert", "Discard all unsaved changes and reload " + f.get().getFileName() + "?")) {
            openFile(f.get());
        }
    }

    /** Replaces the document, forgetting history and selection (open, new, recovery). */
    public void replace(Design d, Optional<Path> path, boolean isDirty) {
        selection.clear();
        file.set(path);
        stamp = path.flatMap(DiskStamp::of);
        history.reset(d, isDirty);
        replacements.set(replacements.get() + 1);
    }

    /** Counts {@link #replace} calls: a file was opened, a new design started or a recovery restored. */
    public ReadOnlyLongProperty replacementsProperty() {
        return replacements.getReadOnlyProperty();
    }

    // ---- recovery ---------------------------------------------------------------------------

    /** Writes the recovery copy when there are unsaved changes (called a few seconds after edits). */
    public void writeRecovery() {
        if (!history.isDirty()) {
            return;
        }
        Design snapshot = design();
        Optional<Path> origin = file.get();
        tasks.submit(
                () -> {
                    recovery.write(io.toJson(snapshot), origin);
                    return snapshot;
                },
                d -> LOG.debug("recovery copy written"),
                e -> LOG.warn("could not write the recovery copy: {}", e.getMessage()));
    }

    public void clearRecovery() {
        try {
            recovery.clear();
        } catch (IOException e) {
            LOG.warn("could not delete the recovery copy: {}", e.getMessage());
        }
    }

    /**
     * At start-up: offers a recovery copy left by a crash, but only when it differs from the saved file.
     * Returns true when the recovered design was opened.
     */
    public boolean offerRecovery() {
        Optional<RecoveryStore.Recovery> found;
        try {
            found = recovery.find();
        } catch (IOException e) {
            LOG.warn("could not read the recovery copy: {}", e.getMessage());
            return false;
        }
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovery r = found.get();
        Design recovered;
        try {
            recovered = io.parse(r.json(), recovery.file().toString());
        } catch (DocumentException e) {
            LOG.warn("ignoring a broken recovery copy: {}", e.getMessage());
            clearRecovery();
            return false;
        }
        Optional<Path> original = r.original().filter(Files::isRegularFile);
        if (original.isPresent() && sameAsFile(recovered, original.get())) {
            clearRecovery();
            return false;
        }
        String name = original.map(p -> p.getFileName().toString()).orElse("an unsaved design");
        boolean yes = dialogs.confirm(
                "Recover unsaved changes?", "Skyloom closed without saving changes to " + name + ". Recover them?");
        clearRecovery();
        if (yes) {
            replace(recovered, original, true);
            status.set("Recovered unsaved changes");
        }
        return yes;
    }

    private boolean sameAsFile(Design recovered, Path original) {
        try {
            return io.read(original).equals(recovered);
        } catch (DocumentException e) {
            return false;
        }
    }

    // ---- internals --------------------------------------------------------------------------

    private void remember(Path path) {
        Path p = path.toAbsolutePath().normalize();
        recentFiles.remove(p);
        recentFiles.add(0, p);
        while (recentFiles.size() > 10) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }

    private Optional<Path> directory() {
        return file.get().map(Path::toAbsolutePath).map(Path::getParent);
    }

    private String suggestedFileName() {
        String base = NewIds.slug(design().name().isBlank() ? "design" : design().name());
        return base + ".skyloom.json";
    }

    private static Path withExtension(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") ? p : p.resolveSibling(n + ".skyloom.json");
    }

    /** The file name, or the design name for a design never saved. */
    public String displayName() {
        return file.get()
                .map(p -> p.getFileName().toString())
                .orElse(design().name().isBlank() ? "Untitled" : design().name());
    }

    private void pruneSelection() {
        Design d = design();
        selection.removeIf(id -> !d.contains(id));
    }

    private void sync() {
        design.set(history.design());
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redoLabel.set(history.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        revision.set(history.revision());
        syncTitle();
    }

    private void syncTitle() {
        title.set((history.isDirty() ? "• " : "") + displayName() + " — Skyloom");
    }
}
