package dev.skyloom.app.desktop;

import dev.skyloom.app.DesignIos;
import dev.skyloom.app.MainWindow;
import dev.skyloom.app.Screenshots;
import dev.skyloom.app.document.Doubles;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.SettingsStore;
import dev.skyloom.app.service.TaskExecutor;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.model.file.DesignFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Pictures of the designer's dialogs as they open on a real display, for the README (issue 14): run under
 * {@code xvfb-run} with the test classpath, {@code DialogPictures OUT_DIR DESIGN.skyloom.json}. Each dialog is
 * opened as the user opens it (Ctrl+Shift+D, F1) and its window is written once the window manager has
 * mapped it.
 */
public final class DialogPictures {
    private DialogPictures() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path design = Path.of(args[1]);
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("skyloom-dialog-pictures");
        CountDownLatch started = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            stage[0] = new Stage();
            MainWindow.Services services = new MainWindow.Services(
                    DesignIos.standard(),
                    new FxDialogService(stage[0]),
                    new Doubles.Chooser(),
                    TaskExecutor.direct(),
                    new SettingsStore(data),
                    new RecoveryStore(data),
                    CatalogLoader::bundled);
            try {
                new MainWindow(stage[0], services, DesignFile.read(design), Optional.of(design));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage[0].show();
            started.countDown();
        });
        started.await();
        Thread.sleep(3000);
        picture(stage[0], KeyCode.D, true, out.resolve("dialog-data-classes.png"));
        picture(stage[0], KeyCode.F1, false, out.resolve("dialog-shortcuts.png"));
        Platform.exit();
        System.exit(0);
    }

    /** Opens a dialog with its shortcut, waits for it to be mapped, writes it, closes it. */
    private static void picture(Stage owner, KeyCode key, boolean ctrlShift, Path file) throws Exception {
        Platform.runLater(() -> owner.getScene()
                .getRoot()
                .fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, ctrlShift, ctrlShift, false, false)));
        Thread.sleep(2500);
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.runLater(() -> {
            try {
                for (Window w : java.util.List.copyOf(Window.getWindows())) {
                    if (w != owner && w instanceof Stage s && s.isShowing()) {
                        Screenshots.write(s.getScene(), file);
                        s.close();
                    }
                }
            } catch (Exception e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw new java.io.IOException(file + ": the dialog picture could not be written", failure[0]);
        }
    }
}
