package dev.skyloom.app.document;

import dev.skyloom.app.service.DialogService;
import dev.skyloom.app.service.FileChooserService;
import dev.skyloom.model.Design;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test doubles for the UI ports and the file format. */
public final class Doubles {
    private Doubles() {}

    /** Records every dialog and answers from a script. */
    public static final class Dialogs implements DialogService {
        public final List<String> shown = new ArrayList<>();
        public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
        public SaveChoice saveChoice = SaveChoice.CANCEL;

        @Override
        public void showError(String title, String message) {
            shown.add("error: " + title + ": " + message);
        }

        /** The full text of every information shown. */
        public final List<String> infoMessages = new ArrayList<>();

        @Override
        public void showInfo(String title, String message) {
            shown.add("info: " + title);
            infoMessages.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add("confirm: " + title);
            return confirmAnswers.isEmpty() || confirmAnswers.pop();
        }

        @Override
        public SaveChoice askSaveChanges(String documentName) {
            shown.add("save? " + documentName);
            return saveChoice;
        }

        /** The index {@link #choose(String, String, List, Object)} answers; -1 takes the offered one, -2 cancels. */
        public int chooseIndex = -1;
        /** What each choice offered, as its text. */
        public final List<List<String>> offered = new ArrayList<>();

        @Override
        public <T> Optional<T> choose(String title, String message, List<T> choices) {
            return choices.stream().findFirst();
        }

        @Override
        public <T> Optional<T> choose(String title, String message, List<T> choices, T initial) {
            shown.add("choose: " + title + ": initial " + initial);
            offered.add(choices.stream().map(String::valueOf).toList());
            if (chooseIndex == -2) {
                return Optional.empty();
            }
            return Optional.of(chooseIndex < 0 ? initial : choices.get(chooseIndex));
        }
    }

    /** Returns the paths it is given. */
    public static final class Chooser implements FileChooserService {
        public Optional<Path> open = Optional.empty();
        public Optional<Path> save = Optional.empty();

        @Override
        public Optional<Path> chooseOpen(Optional<Path> initialDirectory) {
            return open;
        }

        @Override
        public Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName) {
            return save;
        }

        public Optional<Path> terraformJson = Optional.empty();
        public Optional<Path> terraformFolder = Optional.empty();

        @Override
        public Optional<Path> chooseTerraformJson(Optional<Path> initialDirectory) {
            return terraformJson;
        }

        @Override
        public Optional<Path> chooseTerraformFolder(Optional<Path> initialDirectory) {
            return terraformFolder;
        }
    }

    /**
     * Keeps designs in memory by a token written to the real file, so file times and sizes behave as on
     * disk. A file containing "broken" cannot be read.
     */
    public static final class MemoryIo implements DesignIo {
        private final Map<String, Design> byToken = new HashMap<>();
        private int next;

        @Override
        public Design read(Path file) throws DocumentException {
            try {
                return parse(Files.readString(file), file.toString());
            } catch (java.io.IOException e) {
                throw new DocumentException(file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public Design parse(String json, String fileName) throws DocumentException {
            Design d = byToken.get(json.strip());
            if (d == null) {
                throw new DocumentException(fileName + ": not a Skyloom design (line 1)");
            }
            return d;
        }

        @Override
        public String toJson(Design design) {
            String token = "design-" + (next++);
            byToken.put(token, design);
            return token;
        }

        @Override
        public void save(Design design, Path file) throws DocumentException {
            try {
                Files.writeString(file, toJson(design));
            } catch (java.io.IOException e) {
                throw new DocumentException(file + ": " + e.getMessage(), e);
            }
        }
    }
}
