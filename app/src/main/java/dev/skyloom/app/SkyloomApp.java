package dev.skyloom.app;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.LeftoverSweep;
import dev.skyloom.app.document.RecoveryStore;
import dev.skyloom.app.service.AppDirectories;
import dev.skyloom.app.service.FxDialogService;
import dev.skyloom.app.service.FxFileChooserService;
import dev.skyloom.app.service.FxTaskExecutor;
import dev.skyloom.app.service.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/** The designer application: builds the main window with the JavaFX services and opens the start design. */
public final class SkyloomApp extends Application {
    private static final long SCREENSHOT_TIMEOUT_MS = 15_000;

    public static void launchWith(String[] args) {
        Application.launch(SkyloomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupTiming.mark("toolkit");
        DesignerStart.toolkitStarted();
        StartOptions options;
        try {
            options = StartOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("skyloom: " + e.getMessage());
            Platform.exit();
            System.exit(2);
            return;
        }
        Path data = AppDirectories.dataDirectory();
        DesignIo io = DesignIos.standard();
        MainWindow.Services services = new MainWindow.Services(
                io,
                new FxDialogService(stage),
                new FxFileChooserService(stage),
                new FxTaskExecutor(),
                new SettingsStore(data),
                new RecoveryStore(data),
                Catalogs::active);
        MainWindow window = new MainWindow(stage, services, SampleDesigns.firstExample(io), Optional.empty());
        StartupTiming.mark("window built");
        stage.getIcons().addAll(AppIcons.window());
        stage.show();
        StartupTiming.shown();
        LeftoverSweep.startInBackground(data, options.file());
        options.file().ifPresent(f -> window.viewModel().openFile(f));
        if (options.screenshot().isPresent()) {
            screenshotThenExit(window, stage, options);
        } else if (options.file().isEmpty()) {
            window.viewModel().offerRecovery();
        }
    }

    /** Waits until the catalog and the file are loaded, lets a frame render, writes the PNG and exits. */
    private static void screenshotThenExit(MainWindow window, Stage stage, StartOptions options) {
        Path out = options.screenshot().orElseThrow();
        // the picture shows the screen it is taken on (e.g. xvfb's 1600x1000), not the remembered window size
        stage.setMaximized(true);
        long start = System.currentTimeMillis();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(250), e -> {
            boolean ready = window.catalog().isPresent()
                    && window.analysis().analysis().current() != null
                    && !window.analysis().analysis().busyProperty().get();
            if (!ready && System.currentTimeMillis() - start < SCREENSHOT_TIMEOUT_MS) {
                return;
            }
            poll.stop();
            options.selectFinding().ifPresent(code -> {
                if (!window.analysis().selectFinding(code)) {
                    System.err.println("skyloom: no finding " + code + " in this design");
                }
            });
            if (!options.whatIf().isEmpty()) {
                window.analysis().whatIf(options.whatIf());
            }
            options.panel().ifPresent(p -> window.analysis().showTab(p));
            options.select().ifPresent(id -> window.viewModel().select(id, false));
            if (options.present()) {
                window.presentation().enter();
            }
            window.canvas().zoomToFit();
            Timeline settle = new Timeline();
            // the analysis drawer may just have opened: fit again once the canvas has its final size
            settle.getKeyFrames()
                    .add(new KeyFrame(Duration.millis(250), x -> window.canvas().zoomToFit()));
            // a what-if runs its simulation, then the map and Latency panel their reach, in the background
            double shotAt = options.whatIf().isEmpty() ? 850 : 2500;
            settle.getKeyFrames().add(new KeyFrame(Duration.millis(shotAt), x -> {
                int code = 0;
                try {
                    Screenshots.write(stage.getScene(), out);
                    System.err.println("skyloom: wrote " + out + " ("
                            + Math.round(stage.getScene().getWidth()) + "x"
                            + Math.round(stage.getScene().getHeight()) + ")");
                } catch (IOException | RuntimeException ex) {
                    System.err.println("skyloom: cannot write screenshot " + out + ": " + ex.getMessage());
                    code = 2;
                }
                window.viewModel().clearRecovery();
                Platform.exit();
                System.exit(code);
            }));
            settle.play();
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }
}
