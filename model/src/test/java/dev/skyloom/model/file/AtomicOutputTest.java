package dev.skyloom.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path root;

    static Map<String, String> snapshot(Path dir) throws IOException {
        return FolderSnapshot.of(dir);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesEveryFileOnlyOnCommit() throws Exception {
        Path a = root.resolve("a.txt");
        Path b = root.resolve("sub/deeper/b.txt");
        try (AtomicOutput out = AtomicOutput.begin()) {
            out.stage(a, bytes("A"));
            out.createFolders(b.getParent());
            try (OutputStream s = out.open(b)) {
                s.write(bytes("B"));
            }
            assertFalse(Files.exists(a), "nothing visible before the commit");
            assertEquals(List.of(a, b), out.commit());
        }
        assertEquals("A", Files.readString(a));
        assertEquals("B", Files.readString(b));
        assertEquals(
                List.of("a.txt", "sub", "sub/deeper", "sub/deeper/b.txt"),
                List.copyOf(snapshot(root).keySet()).subList(1, 5));
    }

    @Test
    void aFailureBeforeTheCommitLeavesEveryByteAsItWas() throws Exception {
        Files.writeString(root.resolve("a.txt"), "old");
        Map<String, String> before = snapshot(root);
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicOutput out = AtomicOutput.begin()) {
                out.stage(root.resolve("a.txt"), bytes("new"));
                out.createFolders(root.resolve("made/by/run"));
                out.stage(root.resolve("made/by/run/b.txt"), bytes("B"));
                throw new IllegalStateException("the exporter failed");
            }
        });
        assertEquals(before, snapshot(root));
    }

    @Test
    void refusesTargetsThatAreNotRegularFilesBeforeWritingAnything() throws Exception {
        Path folder = Files.createDirectory(root.resolve("folder"));
        Path link = root.resolve("link");
        Files.writeString(root.resolve("victim.txt"), "victim");
        Files.createSymbolicLink(link, root.resolve("victim.txt"));
        // a device node of our own: a regression must never replace the system's /dev/null
        Path device = root.resolve("null");
        List<Path> bads = new java.util.ArrayList<>(List.of(folder, link));
        if (mknod(device)) {
            bads.add(device);
        }
        Map<String, String> before = snapshot(root);
        for (Path bad : bads) {
            IOException e = assertThrows(IOException.class, () -> AtomicOutput.checkFile(bad));
            assertTrue(e.getMessage().startsWith(bad.toAbsolutePath().toString()), e.getMessage());
            assertThrows(IOException.class, () -> AtomicOutput.write(bad, bytes("x")));
        }
        assertEquals(before, snapshot(root));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void refusesANamedPipe() throws Exception {
        Path fifo = root.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.write(fifo, bytes("x")));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    static boolean mknod(Path device) {
        try {
            return new ProcessBuilder("mknod", device.toString(), "c", "1", "3")
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static boolean mkfifo(Path fifo) {
        try {
            return new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void refusesAFolderPathThroughARegularFile() throws Exception {
        Files.writeString(root.resolve("afile"), "x");
        Map<String, String> before = snapshot(root);
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.checkFolder(root.resolve("afile/sub")));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
        assertThrows(IOException.class, () -> AtomicOutput.write(root.resolve("afile/sub/x.txt"), bytes("x")));
        assertEquals(before, snapshot(root));
    }

    @Test
    void writesTheLongestLegalNameBecauseTemporaryNamesAreShort() throws Exception {
        Path target = root.resolve("n".repeat(244) + ".xlsx"); // 249 bytes, under the 255-byte limit
        AtomicOutput.write(target, bytes("x"));
        assertEquals("x", Files.readString(target));
        assertEquals(2, snapshot(root).size());
    }

    @Test
    void theSameTargetTwiceIsRefused() throws Exception {
        try (AtomicOutput out = AtomicOutput.begin()) {
            out.stage(root.resolve("x"), bytes("1"));
            IOException e = assertThrows(IOException.class, () -> out.stage(root.resolve("x"), bytes("2")));
            assertTrue(e.getMessage().contains("given twice"), e.getMessage());
        }
        assertEquals(1, snapshot(root).size());
    }

    @Test
    void aFailedCommitRemovesTheFilesItCreatedAndKeepsTheRest() throws Exception {
        Path created = root.resolve("new.txt");
        Path blocked = root.resolve("blocked");
        Files.writeString(root.resolve("keep.txt"), "keep");
        Map<String, String> before = snapshot(root);
        IOException e = assertThrows(IOException.class, () -> {
            try (AtomicOutput out = AtomicOutput.begin()) {
                out.stage(created, bytes("new"));
                out.stage(blocked, bytes("b"));
                // another program puts a folder where the second file goes, after the checks
                Files.createDirectory(blocked);
                out.commit();
            }
        });
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
        Files.delete(blocked);
        assertEquals(before, snapshot(root));
    }

    @Test
    void scheduledDeletionsHappenOnlyAfterEveryFileIsInPlace() throws Exception {
        Path stale = Files.writeString(root.resolve("stale.tf"), "old");
        try (AtomicOutput out = AtomicOutput.begin()) {
            out.stage(root.resolve("fresh.tf"), bytes("new"));
            out.deleteOnCommit(stale);
        }
        assertTrue(Files.exists(stale), "not committed: nothing deleted");
        try (AtomicOutput out = AtomicOutput.begin()) {
            out.stage(root.resolve("fresh.tf"), bytes("new"));
            out.deleteOnCommit(stale);
            out.commit();
        }
        assertFalse(Files.exists(stale));
        assertArrayEquals(bytes("new"), Files.readAllBytes(root.resolve("fresh.tf")));
    }

    @Test
    void sweepingRemovesOnlyTemporaryFilesOfEndedProcesses() throws Exception {
        long dead = AtomicSaveTest.deadPid();
        Path crashed = Files.writeString(root.resolve(".skyloom-" + dead + "-1.tmp"), "{");
        Path mine = Files.writeString(
                root.resolve(".skyloom-" + ProcessHandle.current().pid() + "-2.tmp"), "{");
        Path foreign = Files.writeString(root.resolve(".skyloom-notes.tmp"), "{");
        Path linkDir = Files.createDirectory(root.resolve("elsewhere"));
        Path victim = Files.writeString(linkDir.resolve("victim"), "victim");
        Path link = Files.createSymbolicLink(root.resolve(".skyloom-" + dead + "-3.tmp"), victim);
        AtomicOutput.sweepLeftovers(root);
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(mine));
        assertTrue(Files.exists(foreign));
        assertTrue(Files.isSymbolicLink(link), "only regular files are ours");
        assertEquals("victim", Files.readString(victim));
    }
}
