package dev.skyloom.app;

import dev.skyloom.catalog.Accelerator;
import dev.skyloom.catalog.AcceleratorKind;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.GpuOffering;
import dev.skyloom.catalog.Price;
import dev.skyloom.catalog.PriceBasis;
import dev.skyloom.catalog.Provider;
import dev.skyloom.catalog.ProviderKind;
import dev.skyloom.catalog.Region;
import dev.skyloom.catalog.RegionalPrices;
import dev.skyloom.catalog.StorageClass;
import dev.skyloom.catalog.StorageFamily;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** A tiny catalog: AWS Frankfurt (sells p5.48xlarge) and Madrid (does not), Azure West Europe. */
public final class TestCatalogs {
    private TestCatalogs() {}

    public static Catalog small() {
        Price h100 = new Price(new BigDecimal("55.04"), "USD", "hour", "TEST", "2026-07-01", false);
        GpuOffering p5 = new GpuOffering(
                "aws",
                "p5.48xlarge",
                new Accelerator("H100", "H100", "NVIDIA", AcceleratorKind.GPU),
                8,
                OptionalDouble.of(80),
                OptionalDouble.of(192),
                OptionalDouble.of(2048),
                PriceBasis.INSTANCE,
                Map.of("eu-central-1", new RegionalPrices("eu-central-1", Optional.of(h100), Optional.empty())),
                Optional.empty(),
                "");
        GpuOffering nd = new GpuOffering(
                "azure",
                "Standard_ND96isr_H100_v5",
                new Accelerator("H100", "H100", "NVIDIA", AcceleratorKind.GPU),
                8,
                OptionalDouble.of(80),
                OptionalDouble.empty(),
                OptionalDouble.empty(),
                PriceBasis.INSTANCE,
                Map.of("westeurope", new RegionalPrices("westeurope", Optional.of(h100), Optional.empty())),
                Optional.empty(),
                "");
        StorageClass s3 = new StorageClass(
                "aws",
                "S3 Standard",
                StorageFamily.OBJECT,
                "object",
                true,
                Map.of(
                        "eu-central-1",
                        new Price(new BigDecimal("0.0245"), "USD", "GB-month", "TEST", "2026-07-01", false)),
                Optional.empty(),
                Optional.empty());
        return new Catalog(
                LocalDate.of(2026, 7, 30),
                List.of(),
                List.of(
                        new Provider(
                                "aws", "Amazon Web Services", ProviderKind.HYPERSCALER, "https://aws.amazon.com", ""),
                        new Provider(
                                "azure",
                                "Microsoft Azure",
                                ProviderKind.HYPERSCALER,
                                "https://azure.microsoft.com",
                                "")),
                List.of(
                        region("aws", "eu-central-1", "Europe (Frankfurt)", "Frankfurt", "DE"),
                        region("aws", "eu-south-2", "Europe (Spain)", "Madrid", "ES"),
                        region("azure", "westeurope", "West Europe", "Amsterdam", "NL")),
                List.of(p5, nd),
                List.of(s3),
                List.of());
    }

    private static Region region(String provider, String code, String name, String city, String country) {
        return new Region(
                provider,
                code,
                name,
                city,
                Optional.of(country),
                Optional.empty(),
                Set.of(country, "EU"),
                "commercial",
                "TEST",
                "");
    }
}
