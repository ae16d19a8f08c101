package dev.skyloom.app.export;

import dev.skyloom.app.picture.PictureFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of export formats: the command line's options, the designer's export menu items, the file
 * chooser's titles and filters and {@link Exports} all come from this list, in its order.
 */
public final class ExportFormats {
    /** Every format Skyloom offers. To add one: a class implementing {@link ExportFormat} and a line here. */
    public static final ExportFormats STANDARD = new ExportFormats(List.of(
            new WorkbookExport(),
            new TerraformExport(),
            new PictureExport(PictureFormat.PNG),
            new PictureExport(PictureFormat.SVG),
            new PictureExport(PictureFormat.PDF),
            new DeckExport(),
            new DrawioExport()));

    /**
     * One item of the designer's export menu: the formats sharing its label, told apart by the chosen
     * file's extension (the first when none matches).
     */
    public record MenuEntry(String label, List<ExportFormat> formats) {
        public MenuEntry {
            formats = List.copyOf(formats);
        }

        /** The control id, {@code export-ID} of its first format. */
        public String id() {
            return "export-" + formats.get(0).info().id();
        }

        public ExportFormat first() {
            return formats.get(0);
        }

        /** The format a chosen file name asks for: by extension, else the first. */
        public ExportFormat formatFor(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return formats.stream()
                    .filter(f ->
                            !f.info().needsFolder() && lower.endsWith(f.info().extension()))
                    .findFirst()
                    .orElse(first());
        }
    }

    private final List<ExportFormat> formats;

    public ExportFormats(List<ExportFormat> formats) {
        this.formats = List.copyOf(formats);
        Set<String> ids = new HashSet<>();
        for (ExportFormat f : this.formats) {
            if (!ids.add(f.info().id())) {
                throw new IllegalArgumentException(
                        "two export formats with the id " + f.info().id());
            }
        }
    }

    /** This registry with {@code more} formats after these (used by tests and future formats alike). */
    public ExportFormats with(ExportFormat... more) {
        List<ExportFormat> all = new ArrayList<>(formats);
        all.addAll(List.of(more));
        return new ExportFormats(all);
    }

    public List<ExportFormat> all() {
        return formats;
    }

    public Optional<ExportFormat> byId(String id) {
        return formats.stream().filter(f -> f.info().id().equals(id)).findFirst();
    }

    /** The designer's export menu items, in registry order of their first format. */
    public List<MenuEntry> menu() {
        Map<String, List<ExportFormat>> groups = new LinkedHashMap<>();
        for (ExportFormat f : formats) {
            groups.computeIfAbsent(f.info().menuLabel(), k -> new ArrayList<>()).add(f);
        }
        List<MenuEntry> out = new ArrayList<>();
        groups.forEach((label, list) -> out.add(new MenuEntry(label, list)));
        return out;
    }
}
