package dev.skyloom.export.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF tuned for large cost workbooks. Profiling the 100k export showed most of the time in
 * deflating the package at the default level and in the synchronized, per-attribute writes of the
 * temporary sheet XML; this class deflates at {@link Deflater#BEST_SPEED} (the file grows by about a
 * third, still a fraction of the uncompressed XML) and writes the temporary XML through {@link
 * Utf8FileWriter}, a plain unsynchronized UTF-8 writer. The XML itself is POI's.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    StreamingWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow, false);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new FastSheetDataWriter();
    }

    /** POI's sheet writer with the temporary file written by {@link Utf8FileWriter}. */
    private static final class FastSheetDataWriter extends SheetDataWriter {
        FastSheetDataWriter() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new Utf8FileWriter(decorateOutputStream(new FileOutputStream(fd)));
        }
    }
}
