package dev.skyloom.export.terraform;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A rendered Terraform folder: file name to content (sorted by name), and the export warnings. */
public record TerraformProject(Map<String, String> files, List<String> warnings) {
    public TerraformProject {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
        warnings = List.copyOf(warnings);
    }
}
