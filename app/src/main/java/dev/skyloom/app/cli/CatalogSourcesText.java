package dev.skyloom.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.skyloom.catalog.Catalog;
import dev.skyloom.catalog.CatalogSource;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code skyloom catalog --sources}: every source of the catalog with its date ("read DATE" when the
 * source has no date of its own), oldest first, so the age of the data is visible.
 */
final class CatalogSourcesText {
    private CatalogSourcesText() {}

    private static List<CatalogSource> oldestFirst(Catalog catalog) {
        List<CatalogSource> list = new ArrayList<>(catalog.sources());
        list.sort(Comparator.comparing(CatalogSource::asOf).thenComparing(CatalogSource::id));
        return list;
    }

    static String table(Catalog catalog) {
        List<CatalogSource> list = oldestFirst(catalog);
        int idWidth = 9;
        int dateWidth = 4;
        for (CatalogSource s : list) {
            idWidth = Math.max(idWidth, s.id().length());
            dateWidth = Math.max(dateWidth, date(s).length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad("SOURCE ID", idWidth))
                .append("  ")
                .append(pad("DATE", dateWidth))
                .append("  ORIGIN\n");
        for (CatalogSource s : list) {
            sb.append(pad(s.id(), idWidth))
                    .append("  ")
                    .append(pad(date(s), dateWidth))
                    .append("  ")
                    .append(s.origin())
                    .append('\n');
        }
        sb.append('\n')
                .append(list.size())
                .append(" sources. \"read DATE\" = the source carries no date; DATE is when the snapshot read it.\n");
        sb.append("Catalog snapshot ").append(catalog.snapshotDate()).append(".\n");
        return sb.toString();
    }

    static String json(Catalog catalog) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("snapshotDate", catalog.snapshotDate().toString());
            g.writeArrayFieldStart("sources");
            for (CatalogSource s : oldestFirst(catalog)) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeStringField("asOf", s.asOf());
                g.writeBooleanField("asOfPublished", s.asOfPublished());
                g.writeStringField("origin", s.origin());
                g.writeStringField("licence", s.licence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static String date(CatalogSource s) {
        if (s.asOf().isEmpty()) {
            return "undated";
        }
        return s.asOfPublished() ? s.asOf() : "read " + s.asOf();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
