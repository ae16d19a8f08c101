package dev.skyloom.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Writes the JSON of the CLI commands with Jackson's streaming generator (pretty-printed, stable order). */
final class JsonOutput {
    /** What a command writes into the generator. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOutput() {}

    static String render(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + System.lineSeparator();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    static void money(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }
}
