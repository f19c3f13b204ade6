package org.openhall.bootstrap.countypack.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;
import org.springframework.core.io.Resource;

/**
 * A CSV file of a pack (RFC 4180: comma-separated, fields with commas, quotes or line breaks in
 * double quotes), UTF-8 with or without the byte-order mark spreadsheet programs write. The first
 * row names the columns; each further row is one record, numbered as a spreadsheet shows it.
 */
final class CsvTable {

    private final String file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    /** One record: its row number and its values by column name. */
    record Row(int number, Map<String, String> values) {
    }

    /**
     * Reads {@code resource}; unknown columns and missing {@code required} ones are errors.
     * {@code null} after an error when the file cannot be read at all.
     */
    static CsvTable read(Resource resource, String file, Set<String> known, Set<String> required, PackErrors errors) {
        String text;
        try (InputStream in = PackFolder.open(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(file, "", "", "cannot be read: " + e.getMessage());
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, file, errors);
        if (records.isEmpty()) {
            errors.add(file, "", "", "the file is empty; the first row must name the columns");
            return null;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int c = 0; c < header.size(); c++) {
            if (!known.contains(header.get(c))) {
                errors.add(file, "row 1", header.get(c),
                        "is not a column here (known columns: " + String.join(", ", known) + ")");
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(file, "row 1", column, "column is missing");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.size() > header.size()) {
                errors.add(file, "row " + (r + 1), "", "has " + record.size() + " values but the header names "
                        + header.size() + " columns");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String value = c < record.size() ? record.get(c).strip() : "";
                values.put(header.get(c), value.isEmpty() ? null : value);
            }
            rows.add(new Row(r + 1, values));
        }
        return new CsvTable(file, header, rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** Where {@code row} is, with each column as a field. */
    Where where(Row row, String path) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : header) {
            columns.put(column, "row " + row.number() + ", column " + column);
        }
        return new Where(file, path, "row " + row.number(), columns);
    }

    private static List<List<String>> parse(String text, String file, PackErrors errors) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            errors.add(file, "row " + recordLine, "", "a quoted value is not closed");
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
