package dev.skyloom.app.compare;

import dev.skyloom.app.document.DesignIo;
import dev.skyloom.app.document.DocumentException;
import dev.skyloom.app.document.GitRevisions;
import dev.skyloom.model.Design;
import dev.skyloom.model.file.DesignFile;
import dev.skyloom.model.file.DesignFormatException;
import java.nio.file.Path;

/**
 * The design compare mode compares the open one with: a design file, or a revision of the open design's
 * own file read with {@code git show} exactly as {@code skyloom diff git:REV:PATH} reads it. The label
 * names it in the legend, the panel and every message.
 */
public sealed interface CompareSource {
    String label();

    /** Reads the design; a bad file or revision is a {@link DocumentException} naming it and the problem. */
    Design read(DesignIo io) throws DocumentException;

    /** A design file. */
    record File(Path file) implements CompareSource {
        @Override
        public String label() {
            Path name = file.getFileName();
            return name == null ? file.toString() : name.toString();
        }

        @Override
        public Design read(DesignIo io) throws DocumentException {
            return io.read(file);
        }
    }

    /** A commit's version of {@code file} (the open design's file, in its git repository). */
    record Revision(Path file, GitRevisions.Revision revision) implements CompareSource {
        @Override
        public String label() {
            return "git:" + revision.shortHash() + ":" + file.getFileName();
        }

        @Override
        public Design read(DesignIo io) throws DocumentException {
            Path folder = file.toAbsolutePath().getParent();
            // "./NAME" is relative to the folder git runs in, so no repository root has to be worked out
            byte[] bytes = GitRevisions.show(label(), revision.hash() + ":./" + file.getFileName(), folder);
            try {
                return DesignFile.parse(bytes, label());
            } catch (DesignFormatException e) {
                throw new DocumentException(e.getMessage(), e);
            }
        }

        @Override
        public String toString() {
            return revision.toString();
        }
    }
}
