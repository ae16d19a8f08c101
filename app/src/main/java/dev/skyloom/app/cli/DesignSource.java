package dev.skyloom.app.cli;

import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A design named on the command line: a file, or {@code git:REV:PATH} (PATH as git takes it: from the
 * repository root, or {@code ./PATH} from the working directory), read with {@code git show REV:PATH} in
 * a repository folder, so a CI job can compare a pull request with its base without a second checkout.
 * Nothing is written; a bad revision or path is one line naming it.
 */
final class DesignSource {
    static final String GIT_PREFIX = "git:";

    /** Largest design accepted from git; larger output is refused rather than read into memory. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final long TIMEOUT_SECONDS = 60;

    private DesignSource() {}

    static Design read(String source, Path repository) {
        if (!source.startsWith(GIT_PREFIX)) {
            try {
                return DesignInput.read(Path.of(source));
            } catch (InvalidPathException e) {
                throw new UserInputException(source + ": not a valid file name", e);
            }
        }
        String spec = source.substring(GIT_PREFIX.length());
        int colon = spec.indexOf(':');
        if (colon <= 0 || colon == spec.length() - 1) {
            throw new UserInputException(source + ": expected git:REV:PATH, e.g. git:origin/main:design.skyloom.json");
        }
        String rev = spec.substring(0, colon);
        if (rev.startsWith("-")) {
            throw new UserInputException(source + ": a revision cannot start with '-'");
        }
        byte[] bytes = gitShow(source, spec, repository);
        try {
            return DesignFile.parse(bytes, source);
        } catch (DesignFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }

    private static byte[] gitShow(String source, String object, Path repository) {
        ProcessBuilder pb = new ProcessBuilder(
                List.of("git", "-C", repository.toString(), "--no-pager", "show", "--no-textconv", object));
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UserInputException(source + ": cannot run git (" + e.getMessage() + ")", e);
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
            byte[] out = readAll(p.getInputStream(), MAX_BYTES + 1);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new UserInputException(source + ": git show did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip();
                int nl = message.indexOf('\n');
                throw new UserInputException(source + ": "
                        + (message.isEmpty()
                                ? "git show failed (exit " + p.exitValue() + ")"
                                : nl < 0 ? message : message.substring(0, nl)));
            }
            if (out.length > MAX_BYTES) {
                throw new UserInputException(source + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new UserInputException(source + ": interrupted", e);
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UserInputException(source + ": cannot read git's output (" + e.getMessage() + ")", e);
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
