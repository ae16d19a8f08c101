package dev.skyloom.export.terraform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Version pins and Terraform local names per catalog provider, read from the bundled {@code
 * providers.properties} so they can be updated without touching code.
 */
public final class ProviderPins {
    private final Properties properties;

    private ProviderPins(Properties properties) {
        this.properties = properties;
    }

    public static ProviderPins bundled() {
        Properties p = new Properties();
        try (InputStream in = ProviderPins.class.getResourceAsStream("providers.properties")) {
            if (in == null) {
                throw new IllegalStateException("providers.properties is missing from the exporters jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read providers.properties", e);
        }
        return new ProviderPins(p);
    }

    public String requiredTerraformVersion() {
        return properties.getProperty("terraform.required_version").trim();
    }

    /** Whether the exporter maps this catalog provider to a Terraform provider. */
    public boolean supports(String catalogProvider) {
        return properties.containsKey(catalogProvider + ".source");
    }

    public Optional<String> localName(String catalogProvider) {
        return Optional.ofNullable(properties.getProperty(catalogProvider + ".local"))
                .map(String::trim);
    }

    public String source(String catalogProvider) {
        return properties.getProperty(catalogProvider + ".source").trim();
    }

    public String version(String catalogProvider) {
        return properties.getProperty(catalogProvider + ".version").trim();
    }
}
