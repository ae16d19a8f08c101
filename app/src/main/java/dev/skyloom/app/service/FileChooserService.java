package dev.skyloom.app.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** File open and save pickers for design files, save pickers for exports, and pickers of Terraform sources. */
public interface FileChooserService {
    Optional<Path> chooseOpen(Optional<Path> initialDirectory);

    Optional<Path> chooseSave(Optional<Path> initialDirectory, String suggestedName);

    /** A filter of the save picker: "SVG vector image" with {@code *.svg}; no patterns for a folder. */
    record Filter(String description, List<String> patterns) {
        public Filter {
            patterns = List.copyOf(patterns);
        }
    }

    /** What an export's save picker shows. */
    record ExportChoice(String title, Optional<Path> initialDirectory, String suggestedName, List<Filter> filters) {
        public ExportChoice {
            filters = List.copyOf(filters);
        }
    }

    /** The save picker of an export, with its title and filters; by default the design picker. */
    default Optional<Path> chooseExport(ExportChoice choice) {
        return chooseSave(choice.initialDirectory(), choice.suggestedName());
    }

    /** A Terraform plan or state JSON file ({@code terraform show -json} output) to import. */
    Optional<Path> chooseTerraformJson(Optional<Path> initialDirectory);

    /** A folder of {@code .tf} files to import. */
    Optional<Path> chooseTerraformFolder(Optional<Path> initialDirectory);
}
