package dev.skyloom.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Child process of {@link RealStartTest}: starts the real launcher ({@link Main#main}) and drives the
 * window it shows from inside, printing what it sees on stdout. {@code edit FILE DATA}: opens FILE,
 * renames the design in the inspector, waits for the recovery copy in DATA, asks the window to close
 * and reports the save-changes question, then halts as a crash would. {@code restart DATA}: starts with
 * no file and reports the recovery question. Stops itself with exit code 3 on anything unexpected.
 */
public final class RealStartDriver {
    private RealStartDriver() {}

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Thread launcher = new Thread(
                () -> Main.main(phase.equals("edit") ? new String[] {"open", args[1]} : new String[0]), "launcher");
        launcher.setDaemon(true);
        launcher.start();
        Stage main = awaitMainWindow();
        if (phase.equals("edit")) {
            String file = Path.of(args[1]).getFileName().toString();
            while (!String.valueOf(onFx(main::getTitle)).startsWith(file)) {
                pause();
            }
        }
        say("SHOWN " + onFx(main::getTitle));
        if (phase.equals("edit")) {
            Path data = Path.of(args[2]);
            // The design's name field in the inspector (nothing is selected), committed with Enter.
            onFx(() -> {
                TextField name = (TextField) main.getScene().lookup("#inspector-design-name");
                name.setText("Renamed before the crash");
                name.fireEvent(new ActionEvent());
                return null;
            });
            Path recovery = data.resolve("recovery.skyloom.json");
            while (!Files.exists(recovery)) {
                pause();
            }
            say("RECOVERY-WRITTEN");
            Platform.runLater(() -> main.fireEvent(new WindowEvent(main, WindowEvent.WINDOW_CLOSE_REQUEST)));
            say("ASKED " + awaitDialog());
        } else {
            say("ASKED " + awaitDialog());
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static Stage awaitMainWindow() throws Exception {
        while (true) {
            Optional<Stage> shown = onFxOrEmpty(() -> Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.isShowing() && s.getScene() != null)
                    .map(Stage.class::cast)
                    .findFirst());
            if (shown.isPresent()) {
                return shown.get();
            }
            pause();
        }
    }

    /** The header and text of the first dialog shown. */
    private static String awaitDialog() throws Exception {
        while (true) {
            Optional<String> text = onFx(() -> Window.getWindows().stream()
                    .filter(w -> w.isShowing()
                            && w.getScene() != null
                            && w.getScene().getRoot() instanceof DialogPane)
                    .map(w -> (DialogPane) w.getScene().getRoot())
                    .map(p -> p.getHeaderText() + " | " + p.getContentText())
                    .findFirst());
            if (text.isPresent()) {
                return text.get();
            }
            pause();
        }
    }

    private static int pauses;

    /** Waits a little; gives up (exit 3) after 3,000 waits so a broken start cannot hang the build. */
    private static void pause() throws InterruptedException {
        if (++pauses > 3_000) {
            say("GAVE UP");
            Runtime.getRuntime().halt(3);
        }
        Thread.sleep(100);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs on the FX thread; before the toolkit is up, answers empty. */
    private static <T> Optional<T> onFxOrEmpty(FxCall<Optional<T>> call) throws Exception {
        try {
            return onFx(call);
        } catch (IllegalStateException toolkitNotReady) {
            return Optional.empty();
        }
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get();
    }
}
