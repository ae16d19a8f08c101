package dev.skyloom.app.service;

import java.nio.file.Path;
import java.util.Optional;

/** File open and save pickers for design files. */
public interface FileChooserService {
    Optional<Path> chooseOpen(Optional<Path> initialDirectory);

    Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName);
}
