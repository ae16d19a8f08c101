package dev.skyloom.export.tfimport;

import java.util.List;
import java.util.Optional;

/** The registry of cloud mappings: a new cloud is one class and one line here. */
final class CloudImports {
    static final List<CloudImport> ALL = List.of(new AwsImport(), new AzureImport(), new GcpImport(), new OciImport());

    private CloudImports() {}

    static Optional<CloudImport> forTerraformProvider(String name) {
        String plain = name.equals("google-beta") ? "google" : name;
        return ALL.stream().filter(c -> c.terraformProvider().equals(plain)).findFirst();
    }
}
