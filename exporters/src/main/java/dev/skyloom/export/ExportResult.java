package dev.skyloom.export;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote and what it could not map (warnings a person should read). */
public record ExportResult(List<Path> files, List<String> warnings) {
    public ExportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
