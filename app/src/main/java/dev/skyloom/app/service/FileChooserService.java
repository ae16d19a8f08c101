package dev.skyloom.app.service;

import java.nio.file.Path;
import java.util.Optional;

/** File open and save pickers for design files, and the pickers of Terraform sources to import. */
public interface FileChooserService {
    Optional<Path> chooseOpen(Optional<Path> initialDirectory);

    Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName);

    /** A Terraform plan or state JSON file ({@code terraform show -json} output) to import. */
    Optional<Path> chooseTerraformJson(Optional<Path> initialDirectory);

    /** A folder of {@code .tf} files to import. */
    Optional<Path> chooseTerraformFolder(Optional<Path> initialDirectory);
}
