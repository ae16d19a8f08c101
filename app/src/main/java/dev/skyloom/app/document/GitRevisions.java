package dev.skyloom.app.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads files of a git repository without touching its work tree: {@code git show REV:PATH} for a
 * revision of a design ({@code skyloom diff git:REV:PATH}, the designer's Compare with…) and {@code git
 * log} for the recent commits that touched a file. git runs with no terminal prompt, its output is capped
 * and a failure is one line naming what was asked for. No JavaFX here: the command line uses it.
 */
public final class GitRevisions {
    /** Largest file accepted from git; larger output is refused rather than read into memory. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final long TIMEOUT_SECONDS = 60;

    /** A commit that touched a file: full and short hash, commit date (YYYY-MM-DD) and subject line. */
    public record Revision(String hash, String shortHash, String date, String subject) {
        @Override
        public String toString() {
            return shortHash + "  " + date + "  " + subject;
        }
    }

    private GitRevisions() {}

    /**
     * The bytes of {@code object} ({@code REV:PATH}, PATH from the repository root or {@code ./PATH} from
     * {@code repository}); {@code source} names it in messages.
     */
    public static byte[] show(String source, String object, Path repository) throws DocumentException {
        return run(source, repository, MAX_BYTES, "--no-pager", "show", "--no-textconv", object);
    }

    /** The folder's repository root, when it is inside a git work tree and git can be run. */
    public static Optional<Path> repositoryOf(Path folder) {
        try {
            String top = new String(
                            run(folder.toString(), folder, 64 * 1024, "rev-parse", "--show-toplevel"),
                            StandardCharsets.UTF_8)
                    .strip();
            return top.isEmpty() ? Optional.empty() : Optional.of(Path.of(top));
        } catch (DocumentException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The last {@code max} commits that changed {@code file}, newest first (following renames). */
    public static List<Revision> log(Path file, int max) throws DocumentException {
        Path folder = file.toAbsolutePath().getParent();
        byte[] out = run(
                file.toString(),
                folder,
                4 * 1024 * 1024,
                "--no-pager",
                "log",
                "--follow",
                "-n",
                Integer.toString(max),
                "--date=short",
                "--format=%H%x1f%h%x1f%ad%x1f%s",
                "--",
                file.getFileName().toString());
        List<Revision> revisions = new ArrayList<>();
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
            String[] f = line.split("\u001f", -1);
            if (f.length == 4) {
                revisions.add(new Revision(f[0], f[1], f[2], f[3]));
            }
        }
        return revisions;
    }

    private static byte[] run(String source, Path repository, int limit, String... args) throws DocumentException {
        String verb = "git " + (args[0].startsWith("-") ? args[1] : args[0]);
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new DocumentException(source + ": cannot run git (" + e.getMessage() + ")", e);
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return readAll(p.getErrorStream(), 64 * 1024);
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            byte[] out = readAll(p.getInputStream(), limit + 1);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DocumentException(source + ": " + verb + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip();
                int nl = message.indexOf('\n');
                throw new DocumentException(source + ": "
                        + (message.isEmpty()
                                ? verb + " failed (exit " + p.exitValue() + ")"
                                : nl < 0 ? message : message.substring(0, nl)));
            }
            if (out.length > limit) {
                throw new DocumentException(source + ": larger than " + limit / (1024 * 1024) + " MB");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new DocumentException(source + ": interrupted", e);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new DocumentException(source + ": cannot read git's output (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] readAll(InputStream in, int limit) throws IOException {
        try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (buffer.size() < limit) {
                    buffer.write(chunk, 0, Math.min(n, limit - buffer.size()));
                }
            }
            return buffer.toByteArray();
        }
    }
}
