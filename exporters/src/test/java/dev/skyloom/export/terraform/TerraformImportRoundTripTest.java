package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogLoader;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.export.tfimport.TerraformImport;
import dev.skyloom.model.Component;
import dev.skyloom.model.Connection;
import dev.skyloom.model.ConnectionType;
import dev.skyloom.model.Design;
import dev.skyloom.model.TestDesigns;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.fixtures.ExampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing Skyloom's own Terraform export gives back the same providers, regions, pools (type, count), storage
 * (family, class) and same-cloud replications: for every example and for the designs that cover every storage
 * family and every mapped cloud. Ids come back too (from the tags the export writes, or its resource names).
 *
 * <p>Two things the Terraform cannot carry, compared accordingly: a storage family ({@code block}) comes back
 * as the class the export chose for it (Azure Premium SSD), so a design's family is compared by family; and
 * Azure {@code archive} comes back as {@code object}, since Azure sets the Archive tier per blob, not in the
 * storage account the export writes.
 */
class TerraformImportRoundTripTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void everyExampleComesBack(@TempDir Path dir) throws Exception {
        List<Path> files = ExampleFiles.all();
        assertTrue(files.size() >= 4, "the examples folder holds the four examples");
        for (Path f : files) {
            assertRoundTrip(f.getFileName().toString(), DesignFile.read(f), dir);
        }
    }

    @Test
    void everyStorageFamilyOnEveryCloudComesBack(@TempDir Path dir) throws Exception {
        assertRoundTrip("every-family", ProviderSchemaTest.everyFamily(), dir);
    }

    @Test
    void trainingAndUnicodeDesignsComeBack(@TempDir Path dir) throws Exception {
        assertRoundTrip("eu-training", TestDesigns.euTraining(), dir);
        assertRoundTrip("unicode", TestDesigns.unicode(), dir);
    }

    private static void assertRoundTrip(String name, Design original, Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, String> f :
                new TerraformExporter(CATALOG).render(original).files().entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        Design imported = TerraformImport.run(List.of(folder), Optional.empty(), false, CATALOG)
                .design();
        Set<String> expected = exportable(original);
        Set<String> familyNamed = new TreeSet<>();
        original.components().stream()
                .filter(c -> c instanceof Component.Storage s
                        && dev.skyloom.catalog.StorageFamily.fromId(s.storageClass())
                                .isPresent())
                .forEach(c -> familyNamed.add(c.id()));
        Set<String> actual = facts(imported, familyNamed);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertEquals(expected, actual, name + ": missing " + missing + ", extra " + extra);
    }

    /** What the export carries of a design: its cloud providers, their regions, pools, storage and replications. */
    private static Set<String> exportable(Design d) {
        Set<String> mapped = Set.of("aws", "azure", "gcp", "oci");
        Set<String> out = new TreeSet<>();
        for (Component c : d.components()) {
            String provider = providerOf(d, c);
            if (!mapped.contains(provider)) {
                continue;
            }
            if (c instanceof Component.Region r && hasCards(d, r)) {
                out.add("region " + provider + " " + r.region());
            } else if (c instanceof Component.GpuPool p) {
                out.add("pool " + p.id() + " " + regionCode(d, p) + " " + p.instanceType() + " x" + p.count());
            } else if (c instanceof Component.Storage s) {
                boolean azureArchive = provider.equals("azure")
                        && family(provider, s.storageClass()).startsWith("archive");
                out.add("storage " + s.id() + " " + regionCode(d, s) + " "
                        + (azureArchive ? "object" : family(provider, s.storageClass())));
            }
        }
        for (Connection k : d.connections()) {
            if (k.type() == ConnectionType.REPLICATES_TO
                    && mapped.contains(providerOf(d, d.component(k.from()).orElseThrow()))
                    && providerOf(d, d.component(k.from()).orElseThrow())
                            .equals(providerOf(d, d.component(k.to()).orElseThrow()))) {
                out.add("replication " + k.from() + " -> " + k.to());
            }
        }
        Set<String> providers = new TreeSet<>();
        out.stream().filter(s -> s.startsWith("region ")).forEach(s -> providers.add("provider " + s.split(" ")[1]));
        out.addAll(providers);
        return out;
    }

    private static Set<String> facts(Design d, Set<String> familyNamed) {
        Set<String> out = new TreeSet<>();
        for (Component c : d.components()) {
            if (c instanceof Component.Provider p) {
                out.add("provider " + p.provider());
            } else if (c instanceof Component.Region r) {
                out.add("region " + providerOf(d, r) + " " + r.region());
            } else if (c instanceof Component.GpuPool p) {
                out.add("pool " + p.id() + " " + regionCode(d, p) + " " + p.instanceType() + " x" + p.count());
            } else if (c instanceof Component.Storage s) {
                String provider = providerOf(d, s);
                String family = family(provider, s.storageClass());
                out.add("storage " + s.id() + " " + regionCode(d, s) + " "
                        + (familyNamed.contains(s.id()) ? family.split("/")[0] : family));
            }
        }
        for (Connection k : d.connections()) {
            assertEquals(ConnectionType.REPLICATES_TO, k.type());
            out.add("replication " + k.from() + " -> " + k.to());
        }
        return out;
    }

    private static boolean hasCards(Design d, Component.Region r) {
        return d.components().stream()
                .anyMatch(c -> c.parent().equals(Optional.of(r.id()))
                        && (c instanceof Component.GpuPool || c instanceof Component.Storage));
    }

    /** A class or family name as its family, with the class when the design named one. */
    private static String family(String provider, String storageClass) {
        Optional<StorageClass> known = CATALOG.storageClass(provider, storageClass);
        return known.map(k -> k.family().id()).orElse(storageClass)
                + (known.isPresent() && !known.get().family().id().equals(storageClass) ? "/" + storageClass : "");
    }

    private static String regionCode(Design d, Component c) {
        return c.parent()
                .flatMap(d::component)
                .filter(p -> p instanceof Component.Region)
                .map(p -> ((Component.Region) p).region())
                .orElse("-");
    }

    private static String providerOf(Design d, Component c) {
        Component at = c;
        Map<String, Boolean> seen = new TreeMap<>();
        while (at.parent().isPresent() && seen.put(at.id(), true) == null) {
            at = d.component(at.parent().get()).orElseThrow();
        }
        return at instanceof Component.Provider p ? p.provider() : "";
    }
}
