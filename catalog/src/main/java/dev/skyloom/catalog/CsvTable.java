package dev.skyloom.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 reader: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes. The first record is the header. Malformed records (unterminated quote,
 * wrong number of fields) are reported as problems and skipped; reading goes on.
 */
public final class CsvTable {
    /** One data record with the line it starts on; fields are stripped of surrounding white space. */
    public record Row(int line, List<String> fields, Map<String, Integer> header) {
        public String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= fields.size() ? "" : fields.get(index);
        }
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    public String file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Parses {@code text}; problems go to {@code problems}. {@code required} columns missing from the
     * header are reported once each.
     */
    public static CsvTable parse(String file, String text, List<String> required, List<CatalogProblem> problems) {
        List<Record> records = split(file, text, problems);
        if (records.isEmpty()) {
            problems.add(new CatalogProblem(file, 0, "", "empty file (no header)"));
            return new CsvTable(file, List.of(), List.of());
        }
        List<String> header = new ArrayList<>();
        for (String h : records.get(0).fields) {
            header.add(h.strip());
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.putIfAbsent(header.get(i), i) != null) {
                problems.add(new CatalogProblem(file, records.get(0).line, header.get(i), "duplicate column"));
            }
        }
        for (String column : required) {
            if (!index.containsKey(column)) {
                problems.add(new CatalogProblem(file, records.get(0).line, column, "missing column"));
            }
        }
        Map<String, Integer> frozen = Collections.unmodifiableMap(index);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Record r = records.get(i);
            if (r.fields.size() != header.size()) {
                problems.add(new CatalogProblem(
                        file,
                        r.line,
                        "",
                        "expected " + (header.size() == 1 ? "1 field" : header.size() + " fields") + " but found "
                                + r.fields.size()));
                continue;
            }
            String[] stripped = new String[r.fields.size()];
            for (int f = 0; f < stripped.length; f++) {
                stripped[f] = r.fields.get(f).strip();
            }
            rows.add(new Row(r.line, List.of(stripped), frozen));
        }
        return new CsvTable(file, header, rows);
    }

    private record Record(int line, List<String> fields) {}

    private static List<Record> split(String file, String text, List<CatalogProblem> problems) {
        List<Record> records = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean blank = true;
            boolean broken = false;
            while (true) {
                if (i >= n) {
                    fields.add(field.toString());
                    break;
                }
                char c = text.charAt(i);
                if (c == '"' && field.length() == 0) {
                    blank = false;
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        if (q == '\n') {
                            line++;
                        }
                        field.append(q);
                        i++;
                    }
                    if (!closed) {
                        problems.add(new CatalogProblem(file, startLine, "", "unterminated quoted field"));
                        broken = true;
                        i = n;
                        break;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        problems.add(new CatalogProblem(
                                file, startLine, "", "text after closing quote in field " + (fields.size() + 1)));
                        broken = true;
                        while (i < n && text.charAt(i) != '\n') {
                            i++;
                        }
                    }
                    continue;
                }
                if (c == ',') {
                    blank = false;
                    fields.add(field.toString());
                    field.setLength(0);
                    i++;
                    continue;
                }
                if (c == '\r' || c == '\n') {
                    fields.add(field.toString());
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    i++;
                    line++;
                    break;
                }
                blank = false;
                int end = i + 1;
                while (end < n) {
                    char e = text.charAt(end);
                    if (e == ',' || e == '\n' || e == '\r' || e == '"') {
                        break;
                    }
                    end++;
                }
                field.append(text, i, end);
                i = end;
            }
            if (!broken && !(blank && fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Record(startLine, fields));
            }
        }
        return records;
    }
}
