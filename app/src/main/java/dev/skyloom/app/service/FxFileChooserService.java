package dev.skyloom.app.service;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Native file pickers filtered to design files. */
public final class FxFileChooserService implements FileChooserService {
    private final Window owner;

    public FxFileChooserService(Window owner) {
        this.owner = owner;
    }

    private FileChooser chooser(Optional<Path> dir) {
        FileChooser c = new FileChooser();
        c.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Skyloom designs", "*.skyloom.json", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        dir.filter(Files::isDirectory).map(Path::toFile).ifPresent(c::setInitialDirectory);
        return c;
    }

    @Override
    public Optional<Path> chooseOpen(Optional<Path> initialDirectory) {
        FileChooser c = chooser(initialDirectory);
        c.setTitle("Open design");
        return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExport(ExportChoice choice) {
        FileChooser c = new FileChooser();
        c.setTitle(choice.title());
        for (Filter f : choice.filters()) {
            if (!f.patterns().isEmpty()) {
                c.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
            }
        }
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        choice.initialDirectory().filter(Files::isDirectory).map(Path::toFile).ifPresent(c::setInitialDirectory);
        c.setInitialFileName(choice.suggestedName());
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName) {
        FileChooser c = chooser(initialDirectory);
        c.setTitle("Save design");
        c.setInitialFileName(suggestedName);
        return Optional.ofNullable(c.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTerraformJson(Optional<Path> initialDirectory) {
        FileChooser c = new FileChooser();
        c.setTitle("Import from Terraform: plan or state JSON");
        c.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("terraform show -json output", "*.json", "*.tfstate"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        initialDirectory.filter(Files::isDirectory).map(Path::toFile).ifPresent(c::setInitialDirectory);
        return Optional.ofNullable(c.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseTerraformFolder(Optional<Path> initialDirectory) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Import from Terraform: folder of .tf files");
        initialDirectory.filter(Files::isDirectory).map(Path::toFile).ifPresent(c::setInitialDirectory);
        return Optional.ofNullable(c.showDialog(owner)).map(File::toPath);
    }
}
