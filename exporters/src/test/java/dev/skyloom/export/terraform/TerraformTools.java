package dev.skyloom.export.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/** Checks of generated folders: the real terraform binary when present, and hcl4j in the JVM. */
public final class TerraformTools {
    static final Path TERRAFORM = Path.of("/usr/local/bin/terraform");

    private TerraformTools() {}

    static boolean terraformAvailable() {
        return Files.isExecutable(TERRAFORM);
    }

    record Run(int exit, String output) {}

    static Run run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(TERRAFORM.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
        pb.environment().put("TF_IN_AUTOMATION", "1");
        pb.environment().put("CHECKPOINT_DISABLE", "1");
        Process p = pb.start();
        // the output is read to its end first, so terraform never blocks on a full pipe; no deadline here,
        // a hung terraform is ended by the build's forkedProcessTimeoutInSeconds
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        return new Run(exit, new String(out, StandardCharsets.UTF_8));
    }

    /** Writes the files and asserts {@code terraform fmt -check} finds nothing to change (tfvars example included). */
    public static void assertFmtClean(Path dir, Map<String, String> files) throws IOException, InterruptedException {
        Assumptions.assumeTrue(terraformAvailable(), "terraform binary not installed");
        TerraformFolder.write(dir, files, true);
        if (files.containsKey("terraform.tfvars.example")) {
            Files.writeString(dir.resolve("example.tfvars"), files.get("terraform.tfvars.example"));
        }
        Run fmt = run(dir, "fmt", "-check", "-diff", "-recursive");
        assertEquals(0, fmt.exit(), "terraform fmt -check:\n" + fmt.output());
        Files.deleteIfExists(dir.resolve("example.tfvars"));
    }

    private static final Pattern SUMMARY = Pattern.compile("\"summary\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** {@code terraform validate -json} without init: every diagnostic must be a missing provider. */
    static List<String> validateSummaries(Path dir) throws IOException, InterruptedException {
        Assumptions.assumeTrue(terraformAvailable(), "terraform binary not installed");
        Run validate = run(dir, "validate", "-json", "-no-color");
        List<String> summaries = new ArrayList<>();
        Matcher m = SUMMARY.matcher(validate.output());
        while (m.find()) {
            summaries.add(m.group(1));
        }
        assertTrue(validate.output().contains("\"diagnostics\""), validate.output());
        return summaries;
    }

    /** Parses every .tf file with hcl4j and returns the parsed maps by file name. */
    static Map<String, Map<String, Object>> parseAll(Map<String, String> files) throws Exception {
        Map<String, Map<String, Object>> parsed = new java.util.TreeMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (e.getKey().endsWith(".tf")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new HCLParser().parse(withoutUnicodeEscapes(e.getValue()));
                parsed.put(e.getKey(), m);
            }
        }
        return parsed;
    }

    private static final Pattern UNICODE_ESCAPE =
            Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\(u[0-9A-F]{4}|U[0-9A-F]{8})");

    /**
     * hcl4j 0.9.8 does not understand HCL's {@code \\uNNNN} escapes (Terraform does, see the fmt and
     * validate checks), so for the structural parse they become a plain {@code ?}.
     */
    static String withoutUnicodeEscapes(String hcl) {
        return UNICODE_ESCAPE.matcher(hcl).replaceAll("$1?");
    }

    /** Counts resource blocks across parsed files (hcl4j: resource -> type -> name -> body). */
    @SuppressWarnings("unchecked")
    static int resourceCount(Map<String, Map<String, Object>> parsed) {
        int n = 0;
        for (Map<String, Object> file : parsed.values()) {
            Object resources = file.get("resource");
            if (resources instanceof Map) {
                for (Object byName : ((Map<String, Object>) resources).values()) {
                    n += ((Map<String, Object>) byName).size();
                }
            }
        }
        return n;
    }
}
