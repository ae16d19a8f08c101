package dev.skyloom.app.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skyloom.model.file.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes {@code settings.json} in the data folder; a missing or broken file means defaults. */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public SettingsStore(Path dataDirectory) {
        this.file = dataDirectory.resolve("settings.json");
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULT;
        }
        try {
            JsonNode n = JSON.readTree(file.toFile());
            List<String> recent = new ArrayList<>();
            for (JsonNode r : n.path("recentFiles")) {
                if (r.isTextual() && recent.size() < Settings.MAX_RECENT) {
                    recent.add(r.asText());
                }
            }
            Map<String, Double> dividers = new TreeMap<>();
            n.path("drawer").fields().forEachRemaining(e -> {
                if (e.getValue().isNumber()) {
                    dividers.put(e.getKey(), e.getValue().asDouble());
                }
            });
            Settings d = Settings.DEFAULT;
            return new Settings(
                    n.path("x").asDouble(d.x()),
                    n.path("y").asDouble(d.y()),
                    clamp(n.path("width").asDouble(d.width()), 400, 10000),
                    clamp(n.path("height").asDouble(d.height()), 300, 10000),
                    n.path("maximized").asBoolean(false),
                    n.path("dark").asBoolean(false),
                    recent,
                    n.path("pictureScale").asDouble(d.pictureScale()),
                    dividers,
                    n.path("minimapOpen").asBoolean(true),
                    n.path("pictureMark").asBoolean(true),
                    n.path("snapToGrid").asBoolean(true));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            return Settings.DEFAULT;
        }
    }

    public void save(Settings s) {
        ObjectNode n = JSON.createObjectNode();
        if (Double.isFinite(s.x()) && Double.isFinite(s.y())) {
            n.put("x", s.x());
            n.put("y", s.y());
        }
        n.put("width", s.width());
        n.put("height", s.height());
        n.put("maximized", s.maximized());
        n.put("dark", s.dark());
        n.put("pictureScale", s.pictureScale());
        ObjectNode drawer = n.putObject("drawer");
        s.drawerDividers().forEach(drawer::put);
        n.put("minimapOpen", s.minimapOpen());
        n.put("pictureMark", s.pictureMark());
        n.put("snapToGrid", s.snapToGrid());
        ArrayNode recent = n.putArray("recentFiles");
        s.recentFiles().forEach(recent::add);
        try {
            AtomicOutput.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        } catch (IOException e) {
            LOG.warn("could not save settings {}: {}", file, e.getMessage());
        }
    }

    private static double clamp(double v, double min, double max) {
        return Double.isFinite(v) ? Math.max(min, Math.min(max, v)) : min;
    }
}
