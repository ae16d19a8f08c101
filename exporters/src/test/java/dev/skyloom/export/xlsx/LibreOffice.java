package dev.skyloom.export.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Recalculates a workbook with headless LibreOffice using a throw-away profile that forces formula
 * recalculation on load (OOXMLRecalcMode = 0, "always"), then saves it as .xlsx so POI can read the
 * values LibreOffice computed.
 */
public final class LibreOffice {
    private static final String XCU = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
            + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\">"
            + "<value>0</value></prop></item>\n"
            + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop oor:name=\"ODFRecalcMode\" oor:op=\"fuse\">"
            + "<value>0</value></prop></item>\n"
            + "</oor:items>\n";

    private LibreOffice() {}

    static String binary() {
        for (String candidate :
                List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    static Path recalculate(Path xlsx, Path work) throws IOException, InterruptedException {
        return convert(xlsx, "xlsx", work);
    }

    /** Converts a document with headless LibreOffice (skips the test when it is not installed). */
    public static Path convert(Path xlsx, String format, Path work) throws IOException, InterruptedException {
        String soffice = binary();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path profile = work.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), XCU, StandardCharsets.UTF_8);
        Path out = work.resolve("recalculated");
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder(
                        soffice,
                        "--headless",
                        "--norestore",
                        "--nologo",
                        "-env:UserInstallation=" + profile.toUri(),
                        "--convert-to",
                        format,
                        "--outdir",
                        out.toString(),
                        xlsx.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile());
        pb.environment().put("HOME", work.toString());
        Process p = pb.start();
        // its output goes to soffice.log, so no pipe can fill; a hung LibreOffice is ended by the build's
        // forkedProcessTimeoutInSeconds, the only time limit in the tests
        p.waitFor();
        String base = xlsx.getFileName().toString();
        Path result = out.resolve(base.substring(0, base.lastIndexOf('.') + 1) + format);
        if (!Files.exists(result)) {
            throw new IllegalStateException(
                    "LibreOffice wrote no file: " + Files.readString(work.resolve("soffice.log")));
        }
        return result;
    }
}
