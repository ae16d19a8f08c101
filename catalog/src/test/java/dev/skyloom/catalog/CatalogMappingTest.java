package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How the bundled rows map onto accelerators, storage families and transfer rates. */
class CatalogMappingTest {
    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void providerSpellingsOfAModelShareOneFamily() {
        assertEquals("H100", AcceleratorFamilies.of("H100-80G-SXM5").family());
        assertEquals("H100", AcceleratorFamilies.of("H100-MEGA").family());
        assertEquals("A100", AcceleratorFamilies.of("A100-80GB").family());
        assertEquals("A100", AcceleratorFamilies.of("A100-80G-PCIe").family());
        assertEquals("RTX PRO 6000", AcceleratorFamilies.of("RTX PRO 6000 96GB").family());
        assertEquals("RTX PRO 6000", AcceleratorFamilies.of("RTX-PRO-6000").family());
        assertEquals("RTX PRO 6000", AcceleratorFamilies.of("RTXPRO6000").family());
        assertEquals("RTX A6000", AcceleratorFamilies.of("RTXA6000").family());
        assertEquals("RTX A6000", AcceleratorFamilies.of("A6000").family());
        assertEquals("RTX 6000", AcceleratorFamilies.of("RTX6000").family());
        assertEquals("RTX 6000 Ada", AcceleratorFamilies.of("RTX-6000-Ada").family());
        assertEquals("A10", AcceleratorFamilies.of("A10").family());
        assertEquals("A10G", AcceleratorFamilies.of("A10G").family());
        assertEquals("MI300X", AcceleratorFamilies.of("MI300X").family());
        assertEquals("AMD", AcceleratorFamilies.of("MI300X").vendor());
        assertEquals("TPU v5e", AcceleratorFamilies.of("tpu-v5litepod-4").family());
        assertEquals("TPU v3", AcceleratorFamilies.of("tpu-v3-8").family());
    }

    @Test
    void flagshipGpuModelsAreRecognisedAcrossProviders() {
        assertEquals(
                Set.of(
                        "aws",
                        "azure",
                        "coreweave",
                        "gcp",
                        "hyperstack",
                        "lambda",
                        "nebius",
                        "oci",
                        "scaleway",
                        "seeweb",
                        "verda"),
                CATALOG.providersSelling("H100"));
        assertEquals(
                Set.of(
                        "aws",
                        "azure",
                        "coreweave",
                        "gcp",
                        "hyperstack",
                        "lambda",
                        "oci",
                        "ovhcloud",
                        "seeweb",
                        "verda"),
                CATALOG.providersSelling("A100"));
        assertEquals(
                Set.of("aws", "coreweave", "gcp", "nebius", "oci", "seeweb", "verda"),
                CATALOG.providersSelling("RTX PRO 6000"));
        for (String family : List.of("H200", "B200", "GB200", "GB300", "L4", "MI300X")) {
            List<GpuOffering> offerings = CATALOG.offeringsOfFamily(family);
            assertFalse(offerings.isEmpty(), family);
            offerings.forEach(
                    o -> assertEquals(AcceleratorKind.GPU, o.accelerator().kind(), o.instanceType()));
        }
        assertTrue(CATALOG.providersSelling("MI300X").containsAll(Set.of("azure", "oci")));
        assertEquals(
                "NVIDIA",
                CATALOG.offering("gcp", "a3-megagpu-8g")
                        .orElseThrow()
                        .accelerator()
                        .vendor());
        assertEquals(
                "H100",
                CATALOG.offering("gcp", "a3-megagpu-8g")
                        .orElseThrow()
                        .accelerator()
                        .family());
    }

    @Test
    void trainiumInferentiaTpuAndQualcommAreProprietary() {
        for (String type : List.of("trn1.32xlarge", "inf2.24xlarge", "inf1.xlarge", "dl2q.24xlarge")) {
            GpuOffering o = CATALOG.offering("aws", type).orElseThrow(() -> new AssertionError(type));
            assertTrue(o.accelerator().isProprietary(), type);
        }
        assertEquals(
                "Qualcomm",
                CATALOG.offering("aws", "dl2q.24xlarge")
                        .orElseThrow()
                        .accelerator()
                        .vendor());
        List<GpuOffering> tpus = CATALOG.offeringsOfModel("TPU");
        assertEquals(10, tpus.size());
        tpus.forEach(o -> {
            assertTrue(o.accelerator().isProprietary());
            assertEquals("Google", o.accelerator().vendor());
        });
        long proprietary = CATALOG.offerings().stream()
                .filter(o -> o.accelerator().isProprietary())
                .count();
        long gpus = CATALOG.offerings().stream()
                .filter(o -> !o.accelerator().isProprietary())
                .count();
        assertEquals(CATALOG.offerings().size(), proprietary + gpus);
        assertFalse(CATALOG.offering("aws", "p5.48xlarge")
                .orElseThrow()
                .accelerator()
                .isProprietary());
    }

    @Test
    void everyStorageRowIsAClassPriceInItsFamily() {
        assertEquals(
                StorageFamily.OBJECT,
                CATALOG.storageClass("aws", "object").orElseThrow().family());
        assertEquals(
                "S3 Standard",
                CATALOG.storageClass("aws", "object").orElseThrow().name());
        assertEquals(
                "Blob Hot",
                CATALOG.storageClass("azure", "object").orElseThrow().name());
        assertEquals(
                "Standard", CATALOG.storageClass("gcp", "object").orElseThrow().name());
        assertEquals(
                "EBS gp3", CATALOG.storageClass("aws", "block").orElseThrow().name());
        assertEquals(
                "pd-balanced",
                CATALOG.storageClass("gcp", "block").orElseThrow().name());
        assertEquals(
                "Archive", CATALOG.storageClass("gcp", "archive").orElseThrow().name());
        assertEquals(
                "Filesystem",
                CATALOG.storageClass("lambda", "file").orElseThrow().name());
        assertTrue(CATALOG.storageClass("gcp", "file").isEmpty());
        int prices = 0;
        for (StorageClass sc : CATALOG.storageClasses()) {
            prices += sc.prices().size();
            if (sc.referenceRegion().isEmpty() && sc.referencePrice().isPresent()) {
                prices++;
            }
            long standards = CATALOG.storageClassesOf(sc.provider()).stream()
                    .filter(o -> o.family() == sc.family() && o.standard())
                    .count();
            assertEquals(1, standards, sc.provider() + " " + sc.family());
        }
        assertEquals(352 + 15, prices); // + CoreWeave 5 and Nebius 10 classes (2026-12 update)
    }

    @Test
    void referenceRegionStoragePricesAreEstimatesElsewhere() {
        StorageClass s3 = CATALOG.storageClass("aws", "S3 Standard").orElseThrow();
        assertFalse(s3.priceIn("us-east-1").orElseThrow().estimate());
        Price frankfurt = s3.priceIn("eu-central-1").orElseThrow();
        assertTrue(frankfurt.estimate());
        assertEquals(new BigDecimal("0.023"), frankfurt.amount());
        StorageClass gcs = CATALOG.storageClass("gcp", "Standard").orElseThrow();
        assertFalse(gcs.priceIn("europe-west3").orElseThrow().estimate());
        assertEquals(
                new BigDecimal("0.023"),
                gcs.priceIn("europe-west3").orElseThrow().amount());
        assertEquals(new BigDecimal("0.044"), gcs.priceIn("eur4").orElseThrow().amount());
        assertTrue(gcs.priceIn("atlantis-1").isEmpty());
        assertTrue(CATALOG.storageClass("oci", "object")
                .orElseThrow()
                .priceIn("eu-frankfurt-1")
                .orElseThrow()
                .estimate());
    }

    @Test
    void egressRatesFollowTheirScopes() {
        TransferRate gcp = CATALOG.transferRate("gcp", TransferType.INTERNET_EGRESS, "europe-west3")
                .orElseThrow();
        assertEquals(List.of("europe-west3"), gcp.regions());
        assertTrue(gcp.toScope().contains("worldwide"));
        assertEquals(3, gcp.tiers().size());
        TransferRate aws = CATALOG.transferRate("aws", TransferType.INTERNET_EGRESS, "eu-central-1")
                .orElseThrow();
        assertTrue(aws.reference());
        assertEquals(new BigDecimal("90.000000"), aws.costOf(new BigDecimal("1100")));
        TransferRate ociFrankfurt = CATALOG.transferRate("oci", TransferType.INTERNET_EGRESS, "eu-frankfurt-1")
                .orElseThrow();
        TransferRate ociTokyo = CATALOG.transferRate("oci", TransferType.INTERNET_EGRESS, "ap-tokyo-1")
                .orElseThrow();
        TransferRate ociDubai = CATALOG.transferRate("oci", TransferType.INTERNET_EGRESS, "me-dubai-1")
                .orElseThrow();
        assertEquals(new BigDecimal("0.0085"), ociFrankfurt.tiers().get(1).usdPerGb());
        assertEquals(new BigDecimal("0.025"), ociTokyo.tiers().get(1).usdPerGb());
        assertEquals(new BigDecimal("0.05"), ociDubai.tiers().get(1).usdPerGb());
        assertEquals(0, ociFrankfurt.costOf(new BigDecimal("10240")).signum());
    }

    @Test
    void everyOciRegionFallsInExactlyOneEgressZone() {
        List<TransferRate> zones = CATALOG.transferRatesOf("oci").stream()
                .filter(r -> r.type() == TransferType.INTERNET_EGRESS)
                .toList();
        assertEquals(3, zones.size());
        Set<String> seen = new TreeSet<>();
        for (TransferRate zone : zones) {
            for (String region : zone.regions()) {
                assertTrue(seen.add(region), region);
            }
        }
        assertEquals(CATALOG.regionsOf("oci").size(), seen.size());
    }

    @Test
    void interRegionAndInterZoneRatesAreScopedAndCrossProviderRulesCarryNoRate() {
        TransferRate azureEu = CATALOG.transferRate("azure", TransferType.INTER_REGION, "westeurope")
                .orElseThrow();
        assertEquals(new BigDecimal("0.02"), azureEu.tiers().get(0).usdPerGb());
        TransferRate azureBrazil = CATALOG.transferRate("azure", TransferType.INTER_REGION, "brazilsouth")
                .orElseThrow();
        assertEquals(new BigDecimal("0.16"), azureBrazil.tiers().get(0).usdPerGb());
        assertTrue(CATALOG.transferRate("aws", TransferType.INTER_REGION, "eu-central-1")
                .isPresent());
        assertTrue(CATALOG.transferRate("aws", TransferType.INTER_REGION, "ap-south-1")
                .isEmpty());
        assertTrue(CATALOG.transferRate("aws", TransferType.INTER_ZONE, "ap-south-1")
                .isPresent());
        assertEquals(7, CATALOG.crossProviderRules().size());
        assertTrue(CATALOG.transferRates().stream().noneMatch(r -> r.toScope().equals("other provider")));
    }
}
