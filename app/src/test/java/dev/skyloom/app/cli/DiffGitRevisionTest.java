package dev.skyloom.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code git:REV:PATH} in a temporary repository with two commits of one design. */
class DiffGitRevisionTest {
    @TempDir
    static Path repo;

    @BeforeAll
    static void twoCommits() throws Exception {
        git("init", "-q");
        git("config", "user.email", "test@example.invalid");
        git("config", "user.name", "Test");
        git("config", "commit.gpgsign", "false");
        Path design = repo.resolve("design.skyloom.json");
        Files.copy(Path.of(CliRun.example("single-provider")), design);
        git("add", "design.skyloom.json");
        git("commit", "-q", "-m", "base");
        Files.copy(
                Path.of(DiffCommandTest.head("single-provider.count")),
                design,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git("commit", "-q", "-a", "-m", "three serving instances");
    }

    private static void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    @Test
    void comparesTwoRevisionsOfAFile() throws IOException {
        CliRun r = CliRun.of(
                "diff",
                "git:HEAD~1:design.skyloom.json",
                "git:HEAD:design.skyloom.json",
                "--repository",
                repo.toString(),
                "--json");

        assertEquals(0, r.code(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertEquals("serve-iad", d.get("components").get(0).get("id").asText());
        assertEquals(
                "3",
                d.get("components").get(0).get("fields").get(0).get("after").asText());
    }

    @Test
    void comparesARevisionWithTheWorkingFile() throws IOException {
        CliRun r = CliRun.of(
                "diff",
                "git:HEAD~1:design.skyloom.json",
                repo.resolve("design.skyloom.json").toString(),
                "--repository",
                repo.toString(),
                "--fail-on-cost-increase",
                "40179.19");

        assertEquals(1, r.code(), "the working file has the third instance: +40,179.20 a month");
    }

    @Test
    void aBadRevisionIsOneLineAndExitTwo() {
        CliRun r = CliRun.of(
                "diff",
                "git:no-such-branch:design.skyloom.json",
                "git:HEAD:design.skyloom.json",
                "--repository",
                repo.toString());

        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("skyloom: git:no-such-branch:design.skyloom.json: "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aPathMissingInTheRevisionIsOneLineAndExitTwo() {
        CliRun r = CliRun.of(
                "diff",
                "git:HEAD:missing.skyloom.json",
                "git:HEAD:design.skyloom.json",
                "--repository",
                repo.toString());

        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("git:HEAD:missing.skyloom.json"), r.err());
    }

    @Test
    void aRevisionThatLooksLikeAnOptionIsRefused() {
        CliRun r = CliRun.of(
                "diff",
                "git:--output=/tmp/x:design.skyloom.json",
                "git:HEAD:design.skyloom.json",
                "--repository",
                repo.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot start with '-'"), r.err());
    }

    @Test
    void aMalformedGitSourceIsExplained() {
        CliRun r = CliRun.of("diff", "git:HEAD", "git:HEAD:design.skyloom.json", "--repository", repo.toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected git:REV:PATH"), r.err());
    }
}
