package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TerraformNamesTest {
    private static final String LABEL = "[a-z_][a-z0-9_]*";

    @Test
    void labelsAreSanitisedIdsThatStartWithALetter() {
        Map<String, String> l =
                TerraformNames.labels(List.of("GPU-Pool.1", "2nd-stage", "Données", "count", "\uD83D\uDE80"), Set.of());
        assertEquals("gpu_pool_1", l.get("GPU-Pool.1"));
        assertEquals("r_2nd_stage", l.get("2nd-stage"));
        assertEquals("donnees", l.get("Données"));
        assertEquals("count_r", l.get("count"));
        assertTrue(l.get("\uD83D\uDE80").matches("r_[0-9a-f]{8}"));
    }

    @Test
    void collidingIdsAllGetStableHashSuffixesWhateverTheOrder() {
        List<String> ids = new ArrayList<>(List.of("gpu-pool", "gpu_pool", "GPU pool!", "other"));
        Map<String, String> first = TerraformNames.labels(ids, Set.of());
        Collections.reverse(ids);
        Map<String, String> second = TerraformNames.labels(ids, Set.of());
        assertEquals(first, second);
        assertEquals("other", first.get("other"));
        assertEquals(
                3, new HashSet<>(List.of(first.get("gpu-pool"), first.get("gpu_pool"), first.get("GPU pool!"))).size());
        for (String label : first.values()) {
            assertTrue(label.matches(LABEL), label);
        }
    }

    @Test
    void longIdsAreCutAndKeepUniqueness() {
        String a = "x".repeat(300);
        String b = "x".repeat(299) + "y";
        Map<String, String> l = TerraformNames.labels(List.of(a, b), Set.of());
        assertNotEquals(l.get(a), l.get(b));
        assertTrue(l.get(a).length() <= TerraformNames.MAX_LABEL + 10);
        assertTrue(l.get(a).matches(LABEL));
    }

    @Test
    void reservedLabelsAreNeverHandedOut() {
        Map<String, String> l = TerraformNames.labels(List.of("main"), Set.of("main"));
        assertNotEquals("main", l.get("main"));
    }

    @Test
    void s3BucketNamesFollowTheNamingRules() {
        String b = TerraformNames.s3Bucket("XN--Évil Design " + "z".repeat(80), "Lake\"1");
        assertTrue(b.matches("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]"), b);
        assertFalse(b.startsWith("xn--"));
        assertEquals(b, TerraformNames.s3Bucket("XN--Évil Design " + "z".repeat(80), "Lake\"1"));
        assertNotEquals(b, TerraformNames.s3Bucket("XN--Évil Design " + "z".repeat(80), "Lake\"2"));
    }

    @Test
    void gcsBucketNamesAvoidGoogle() {
        String b = TerraformNames.gcsBucket("google data", "goog");
        assertFalse(b.contains("google"));
        assertFalse(b.startsWith("goog"));
    }

    @Test
    void azureStorageAccountsAreThreeToTwentyFourLowerCaseAlphanumerics() {
        for (String id : List.of("a", "EU datasets (raw) \u00e9\u00e9\u00e9", "x".repeat(200), "\"")) {
            String n = TerraformNames.azureStorageAccount("My Design", id);
            assertTrue(n.matches("[a-z0-9]{3,24}"), n);
        }
    }

    @Test
    void gcpLabelValuesUseOnlyAllowedCharacters() {
        assertEquals("team__ml-infra__paris_", TerraformNames.gcpLabelValue("Team: ML-Infra (Paris)"));
        assertEquals(63, TerraformNames.gcpLabelValue("a".repeat(100)).length());
    }

    @Test
    void resourceNamesAreRfc1035Labels() {
        for (String id : List.of("1abc", "\"", "Pool_1", "x".repeat(100))) {
            String n = TerraformNames.resourceName("d", id, 40);
            assertTrue(n.matches("[a-z]([-a-z0-9]*[a-z0-9])?") && n.length() <= 40, n);
        }
    }
}
