package dev.skyloom.export.xlsx;

import dev.skyloom.model.fixtures.HostileText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Workbook inputs priced the way the cost engine prices: ROUND(quantity × unit × multiplier, 2) per line. */
final class WorkbookFixtures {
    private WorkbookFixtures() {}

    static final BigDecimal R1Y = new BigDecimal("0.30");
    static final BigDecimal R3Y = new BigDecimal("0.50");

    static WorkbookData.Line line(
            String id,
            String name,
            String provider,
            String region,
            String category,
            String sku,
            String pricing,
            String quantity,
            String listPrice,
            WorkbookData.Discount discount,
            String multiplier,
            boolean hoursDefault) {
        BigDecimal q = new BigDecimal(quantity);
        BigDecimal m = new BigDecimal(multiplier);
        Optional<BigDecimal> list = Optional.ofNullable(listPrice).map(BigDecimal::new);
        BigDecimal d = discount == WorkbookData.Discount.RESERVED_1Y
                ? R1Y
                : discount == WorkbookData.Discount.RESERVED_3Y ? R3Y : BigDecimal.ZERO;
        Optional<BigDecimal> monthly = list.map(p ->
                q.multiply(p.multiply(BigDecimal.ONE.subtract(d))).multiply(m).setScale(2, RoundingMode.HALF_UP));
        boolean gpu = category.equals("gpu");
        return new WorkbookData.Line(
                id,
                name,
                provider,
                region,
                category,
                sku,
                pricing,
                q,
                gpu ? "instances" : "TB",
                list,
                discount,
                gpu ? "per instance-hour" : "per GB-month",
                m,
                gpu ? "hours/month" : "GB/TB",
                hoursDefault,
                monthly,
                false,
                list.isPresent() ? "TEST" : "",
                list.isPresent() ? "2026-08-01" : "",
                list.isPresent() ? "" : "no price in the catalog");
    }

    static WorkbookData.Line transfer(String id, String provider, String region, String kind, String tb, String rate) {
        BigDecimal q = new BigDecimal(tb);
        Optional<BigDecimal> r = Optional.ofNullable(rate).map(BigDecimal::new);
        Optional<BigDecimal> monthly =
                r.map(p -> q.multiply(p).multiply(BigDecimal.valueOf(1000)).setScale(2, RoundingMode.HALF_UP));
        return new WorkbookData.Line(
                id,
                id + " transfer",
                provider,
                region,
                "transfer",
                kind,
                "",
                q,
                "TB/month",
                r,
                WorkbookData.Discount.NONE,
                "per GB",
                BigDecimal.valueOf(1000),
                "GB/TB",
                false,
                monthly,
                false,
                r.isPresent() ? "TEST" : "",
                "",
                "");
    }

    static List<WorkbookData.Line> lines() {
        List<WorkbookData.Line> l = new ArrayList<>();
        l.add(line(
                "train",
                "Training",
                "aws",
                "us-east-1",
                "gpu",
                "p5.48xlarge",
                "on-demand",
                "4",
                "98.32",
                WorkbookData.Discount.NONE,
                "730",
                true));
        l.add(line(
                "infer",
                "Inference",
                "aws",
                "eu-central-1",
                "gpu",
                "g5.xlarge",
                "reserved-1y",
                "3",
                "1.212",
                WorkbookData.Discount.RESERVED_1Y,
                "730",
                true));
        l.add(line(
                "batch",
                "Batch",
                "gcp",
                "europe-west4",
                "gpu",
                "a3-highgpu-8g",
                "reserved-3y",
                "2",
                "88.2537",
                WorkbookData.Discount.RESERVED_3Y,
                "500",
                false));
        l.add(line(
                "lake",
                "Lake",
                "aws",
                "us-east-1",
                "storage",
                "S3 Standard",
                "",
                "200",
                "0.023",
                WorkbookData.Discount.NONE,
                "1000",
                false));
        l.add(line(
                "feat",
                "Features",
                "gcp",
                "europe-west4",
                "storage",
                "Standard",
                "",
                "12.345",
                "0.020",
                WorkbookData.Discount.NONE,
                "1000",
                false));
        l.add(line(
                "odd",
                "Odd",
                "lambda",
                "us-south-1",
                "gpu",
                "gpu_8x_h100",
                "spot",
                "1",
                null,
                WorkbookData.Discount.NONE,
                "730",
                true));
        return l;
    }

    static List<WorkbookData.Line> transfers() {
        return List.of(
                transfer("c1", "aws", "us-east-1", "internet-egress", "20", "0.0862500000"),
                transfer("c2", "aws", "us-east-1", "inter-region", "3.3", "0.02"),
                transfer("c3", "lambda", "us-south-1", "internet-egress", "1", null));
    }

    static WorkbookData data() {
        return new WorkbookData(
                "Test design",
                "USD",
                "2026-08-01",
                List.of(new WorkbookData.Source("TEST", "a test fixture", "2026-08-01", "CC0")),
                new BigDecimal("730"),
                R1Y,
                R3Y,
                lines(),
                transfers(),
                List.of(
                        new WorkbookData.FindingRow(
                                "error",
                                "residency",
                                "residency.violation",
                                List.of("lake", "train"),
                                "EU data leaves the EU"),
                        new WorkbookData.FindingRow(
                                "warning", "redundancy", "redundancy.spof", List.of("lake"), "single point"),
                        new WorkbookData.FindingRow(
                                "info", "portability", "portability.exit", List.of(), "=cmd|' /C calc'!A0")));
    }

    /** Every hostile name as a component name, id, SKU, note and finding message. */
    static WorkbookData hostile() {
        List<WorkbookData.Line> lines = new ArrayList<>();
        List<WorkbookData.FindingRow> findings = new ArrayList<>();
        int i = 0;
        for (String name : HostileText.ALL) {
            WorkbookData.Line base = line(
                    "id" + i,
                    name,
                    "aws",
                    "us-east-1",
                    "gpu",
                    name,
                    "on-demand",
                    "1",
                    "1.5",
                    WorkbookData.Discount.NONE,
                    "730",
                    true);
            lines.add(base);
            findings.add(new WorkbookData.FindingRow("warning", "redundancy", "x", List.of(name), name));
            i++;
        }
        return new WorkbookData(
                String.join(" ", HostileText.ALL.subList(0, 11)),
                "USD",
                "2026-08-01",
                List.of(),
                new BigDecimal("730"),
                R1Y,
                R3Y,
                lines,
                List.of(),
                findings);
    }
}
