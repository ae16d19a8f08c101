package dev.skyloom.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogLoaderProblemsTest {
    private static final String GPU_HEADER = "provider,instance_type,gpu_model,gpu_count,gpu_memory_gib_per_gpu,vcpus,"
            + "ram_gib,region,ondemand_per_hour,spot_per_hour,currency,price_basis,zones,source_id,note\n";

    /** The bundled texts with one file replaced. */
    private static Map<String, String> with(String file, String text) {
        Map<String, String> texts = new LinkedHashMap<>(CatalogLoader.bundledTexts());
        texts.put(file, text);
        return texts;
    }

    private static List<String> render(List<CatalogProblem> problems) {
        List<String> out = new ArrayList<>();
        problems.forEach(p -> out.add(p.toString()));
        return out;
    }

    @Test
    void reportsEveryProblemOfABrokenGpuFileAtOnceWithFileLineAndColumn() {
        String text = GPU_HEADER
                + "aws,p5.48xlarge,H100,8,80,192,2048,us-east-1,55.04,,USD,instance,,AWS-VANTAGE,\n"
                + "nosuch,x1,H100,8,80,192,2048,us-east-1,1,,USD,instance,,AWS-VANTAGE,\n"
                + "aws,p5.48xlarge,H100,8,80,192,2048,atlantis-1,1,,USD,instance,,AWS-VANTAGE,\n"
                + "aws,p4d.24xlarge,A100,8,40,96,1152,us-east-1,abc,,USD,instance,,AWS-VANTAGE,\n"
                + "aws,p4d.24xlarge,A100,8,40,96,1152,us-west-2,-3,,USD,instance,,AWS-VANTAGE,\n"
                + "aws,p5.48xlarge,H100,8,80,192,2048,us-east-1,55.04,,USD,instance,,AWS-VANTAGE,\n"
                + "aws,g6.xlarge,L4,1,24,4,16,us-east-1,0.8,,USD,instance,,NO-SUCH-SOURCE,\n"
                + "aws,\"g6,broken\",L4,1,24,4,16,us-east-1,0.8,,USD\n";
        CatalogLoadResult result = CatalogLoader.load(with("gpu_instances.csv", text));
        assertEquals(
                List.of(
                        "gpu_instances.csv:3: column provider: unknown provider 'nosuch' (not in providers.csv)",
                        "gpu_instances.csv:4: column region: unknown region 'atlantis-1' for provider aws (not in regions.csv)",
                        "gpu_instances.csv:5: column ondemand_per_hour: not a number: 'abc'",
                        "gpu_instances.csv:6: column ondemand_per_hour: negative value -3",
                        "gpu_instances.csv:7: column region: duplicate key aws/p5.48xlarge/us-east-1 (first on line 2)",
                        "gpu_instances.csv:8: column source_id: unknown source 'NO-SUCH-SOURCE' (not in sources.csv)",
                        "gpu_instances.csv:9: expected 15 fields but found 11"),
                render(result.problems()));
        assertEquals(
                1,
                result.catalog().offerings().stream()
                        .filter(o -> !o.prices().isEmpty())
                        .count());
    }

    @Test
    void reportsProblemsAcrossSeveralFilesTogether() {
        Map<String, String> texts = with(
                "providers.csv",
                CatalogLoader.bundledTexts().get("providers.csv")
                        + "aws,Duplicate,hyperscaler,,,,,,\nx,X,mainframe,,,,,,\n");
        texts.put(
                "storage_prices.csv",
                "provider,service,storage_class,region,usd_per_gb_month,source_id,as_of,note\n"
                        + "gcp,object (Cloud Storage),Standard,mars1,0.02,GCP-CYCLENERD,2026-07-30,\n"
                        + "gcp,tape,Tape,us-central1,0.02,GCP-CYCLENERD,2026-07-30,\n");
        List<String> problems = render(CatalogLoader.load(texts).problems());
        assertEquals(
                List.of(
                        "providers.csv:21: column provider: duplicate key aws (first on line 2)",
                        "providers.csv:22: column kind: unknown provider kind 'mainframe' (hyperscaler, gpu-cloud, regional, on-prem)",
                        "storage_prices.csv:2: column region: unknown region 'mars1' for provider gcp (not in regions.csv or storage_locations.csv)",
                        "storage_prices.csv:3: column service: unknown storage family 'tape' (object, block, file, archive)"),
                problems);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.parse(
                "t.csv",
                "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,row",
                List.of("a", "b"),
                problems);
        assertEquals(List.of(), problems);
        assertEquals(3, table.rows().size());
        assertEquals("x, y", table.rows().get(0).get("a"));
        assertEquals("say \"hi\"", table.rows().get(0).get("b"));
        assertEquals("two\nlines", table.rows().get(1).get("a"));
        assertEquals(6, table.rows().get(2).line());
    }

    @Test
    void reportsUnterminatedQuotesAndMissingColumns() {
        List<CatalogProblem> problems = new ArrayList<>();
        CsvTable.parse("t.csv", "a\nok\n\"never closed\n", List.of("a", "b"), problems);
        assertEquals(
                List.of("t.csv:3: unterminated quoted field", "t.csv:1: column b: missing column"), render(problems));
    }

    @Test
    void reportsAMissingFileAndABadSnapshotDate() {
        Map<String, String> texts = with("snapshot.properties", "snapshot.date=yesterday\n");
        texts.remove("network_prices.csv");
        assertEquals(
                List.of(
                        "snapshot.properties: column snapshot.date: not a date (YYYY-MM-DD)",
                        "network_prices.csv: file missing"),
                render(CatalogLoader.load(texts).problems()));
    }

    @Test
    void regionRowsAreCheckedForProviderCountryAndCoordinates() {
        String text =
                "provider,region_code,display_name,country_iso2,jurisdiction,latitude,longitude,source,note,city,region_type\n"
                        + "aws,us-east-1,N. Virginia,US,US,38.9,-77.0,MCP-REGIONS,,Ashburn,commercial\n"
                        + "aws,us-east-1,again,US,US,,,MCP-REGIONS,,,commercial\n"
                        + "zz,r1,x,USA,US,95,0,MCP-REGIONS,,,commercial\n";
        List<String> problems =
                render(CatalogLoader.load(with("regions.csv", text)).problems());
        assertTrue(
                problems.contains("regions.csv:3: column region_code: duplicate key aws/us-east-1 (first on line 2)"));
        assertTrue(problems.contains("regions.csv:4: column provider: unknown provider 'zz' (not in providers.csv)"));
        assertTrue(problems.contains("regions.csv:4: column country_iso2: not an ISO 3166 alpha-2 code: 'USA'"));
        assertTrue(problems.contains("regions.csv:4: column latitude: bad coordinates '95,0'"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("gpu_instances.csv:") && p.contains("unknown region")));
    }

    @Test
    void crossProviderRowsWithAPriceAreRejected() {
        String text =
                "provider,transfer_type,from_scope,to_scope,tier_start_gb,tier_end_gb,usd_per_gb,source_id,as_of,note\n"
                        + "aws,cross_provider,any region,other provider,,,0.01,RULE,,\n"
                        + "aws,teleport,any region,x,,,0.01,RULE,,\n"
                        + "gcp,internet_egress,atlantis-north1,internet,0,10,0.1,GCP-CYCLENERD,,\n";
        assertEquals(
                List.of(
                        "network_prices.csv:2: column usd_per_gb: cross_provider rows carry no price (see SOURCES.md)",
                        "network_prices.csv:3: column transfer_type: unknown transfer type 'teleport' (internet_egress, inter_region, inter_az, ingress, object_storage_egress, cross_provider)",
                        "network_prices.csv:4: column from_scope: unknown region 'atlantis-north1' for provider gcp (not in regions.csv)"),
                render(CatalogLoader.load(with("network_prices.csv", text)).problems()));
    }

    @Test
    void bundledCatalogIsCachedButLoadBundledIsFresh() {
        assertTrue(CatalogLoader.bundled() == CatalogLoader.bundled());
        assertTrue(CatalogLoader.loadBundled().catalog() != CatalogLoader.bundled());
        assertThrows(NullPointerException.class, () -> CatalogLoader.load(null));
    }
}
