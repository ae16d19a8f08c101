package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skyloom.app.service.AppDirectories;
import dev.skyloom.catalog.CatalogOverlay;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog refresh} on real rows of an AWS offer file in CSV (AmazonEC2, published 2017-03-02; catalog
 * test resources, pricefiles/README.md). That file predates the "Region Code" column, so the refresh says
 * so on one line and writes nothing, rather than reporting its GPU rows as not in the catalog.
 */
class CatalogRefreshAwsCsvTest {
    static final String CSV = "aws-ec2-20170302-aprice-excerpt.csv";

    @TempDir
    Path dir;

    private String previous;

    @BeforeEach
    void ownDataFolder() {
        previous = System.getProperty(AppDirectories.PROPERTY);
        System.setProperty(AppDirectories.PROPERTY, dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(AppDirectories.PROPERTY);
        } else {
            System.setProperty(AppDirectories.PROPERTY, previous);
        }
    }

    @Test
    void anOfferCsvWithoutRegionCodesIsRefusedOnOneLineAndNothingIsWritten() {
        Path csv = CatalogRefreshCommandTest.PRICE_FILES.resolve(CSV);
        assertTrue(Files.isRegularFile(csv), csv.toString());

        CliRun r = CliRun.of("catalog", "refresh", csv.toString());

        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(CSV + ":6: column Region Code: missing column"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
        assertFalse(Files.exists(dir.resolve("data").resolve(CatalogOverlay.FILE_NAME)));
    }
}
