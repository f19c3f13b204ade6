package org.openhall.bootstrap.countypack.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.openhall.bootstrap.countypack.PackErrors;
import org.openhall.bootstrap.countypack.Where;

/**
 * Reads the fields of one YAML mapping of a pack, reporting every missing, unknown or ill-typed
 * field with its line and path and carrying on: a field that cannot be read comes back as
 * {@code null} (or an empty list) after its error was recorded.
 */
final class YamlFields {

    private final String file;
    private final String path;
    private final YamlNode.Mapping mapping;
    private final PackErrors errors;

    private YamlFields(String file, String path, YamlNode.Mapping mapping, PackErrors errors) {
        this.file = file;
        this.path = path;
        this.mapping = mapping;
        this.errors = errors;
    }

    /**
     * The fields of {@code node}, which must be a mapping with no keys outside {@code known};
     * {@code null} (after an error) when it is not a mapping.
     */
    static YamlFields of(YamlNode node, String file, String path, PackErrors errors, Set<String> known) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            errors.add(file, "line " + node.line(), path, "must be a mapping of fields, not " + node.kind());
            return null;
        }
        YamlFields fields = new YamlFields(file, path, mapping, errors);
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                errors.add(file, "line " + entry.line(), fields.where().fieldPath(entry.key()),
                        "is not a field here (known fields: " + String.join(", ", known) + ")");
            }
        }
        return fields;
    }

    /** The ordered set of known keys, for {@link #of}. */
    static Set<String> known(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    /** Where this mapping and each of its fields are. */
    Where where() {
        Map<String, String> lines = new LinkedHashMap<>();
        mapping.entries().values().forEach(e -> lines.put(e.key(), "line " + e.line()));
        return new Where(file, path, "line " + mapping.line(), lines);
    }

    boolean has(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry != null && !(entry.value() instanceof YamlNode.Empty);
    }

    /** The text of {@code key}; {@code null} when absent or empty. */
    String text(String key) {
        YamlNode node = value(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            return text.isEmpty() ? null : text;
        }
        error(key, "must be a single value, not " + node.kind());
        return null;
    }

    /** The text of {@code key}; an error when it is absent or blank. */
    String requiredText(String key) {
        String text = text(key);
        if (text == null && !wrongShape(key)) {
            error(key, "is required");
        }
        return text;
    }

    /** A whole number; {@code null} when absent. */
    Integer integer(String key) {
        return parsed(key, (text, k) -> {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                error(k, "must be a whole number, not \"" + text + "\"");
                return null;
            }
        });
    }

    Integer requiredInteger(String key) {
        Integer value = integer(key);
        if (value == null && !has(key)) {
            error(key, "is required");
        }
        return value;
    }

    /** {@code true} or {@code false}; {@code null} when absent. */
    Boolean bool(String key) {
        return parsed(key, (text, k) -> switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                error(k, "must be true or false, not \"" + text + "\"");
                yield null;
            }
        });
    }

    /** An ISO date such as {@code 2026-10-01}; {@code null} when absent. */
    LocalDate date(String key) {
        return parsed(key, (text, k) -> date(text, k, "line " + mapping.entries().get(k).line()));
    }

    LocalDate requiredDate(String key) {
        LocalDate value = date(key);
        if (value == null && !has(key)) {
            error(key, "is required");
        }
        return value;
    }

    private LocalDate date(String text, String field, String location) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(file, location, where().fieldPath(field), "must be a date like 2026-10-01, not \"" + text + "\"");
            return null;
        }
    }

    /** A list of single values; a single value counts as a list of one. Empty when absent. */
    List<String> texts(String key) {
        YamlNode node = value(key);
        List<String> texts = new ArrayList<>();
        if (node == null) {
            return texts;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            texts.add(scalar.text().strip());
            return texts;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            error(key, "must be a list of values, not " + node.kind());
            return texts;
        }
        for (int i = 0; i < sequence.elements().size(); i++) {
            YamlNode element = sequence.elements().get(i);
            if (element instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
                texts.add(scalar.text().strip());
            } else {
                errors.add(file, "line " + element.line(), where().fieldPath(key) + "[" + (i + 1) + "]",
                        "must be a single non-empty value, not " + element.kind());
            }
        }
        return texts;
    }

    /** A list of dates; empty when absent. */
    List<LocalDate> dates(String key) {
        YamlNode node = value(key);
        List<LocalDate> dates = new ArrayList<>();
        if (node == null) {
            return dates;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            error(key, "must be a list of dates, not " + node.kind());
            return dates;
        }
        for (int i = 0; i < sequence.elements().size(); i++) {
            YamlNode element = sequence.elements().get(i);
            if (element instanceof YamlNode.Scalar scalar) {
                LocalDate date = date(scalar.text().strip(), key + "[" + (i + 1) + "]", "line " + element.line());
                if (date != null) {
                    dates.add(date);
                }
            } else {
                errors.add(file, "line " + element.line(), where().fieldPath(key) + "[" + (i + 1) + "]",
                        "must be a date, not " + element.kind());
            }
        }
        return dates;
    }

    /**
     * The elements of the list under {@code key}, each read by {@code reader} with its own path
     * ({@code key[n]}, counted from 1); empty when absent.
     */
    <T> List<T> list(String key, ElementReader<T> reader) {
        YamlNode node = value(key);
        List<T> read = new ArrayList<>();
        if (node == null) {
            return read;
        }
        if (!(node instanceof YamlNode.Sequence sequence)) {
            error(key, "must be a list, not " + node.kind());
            return read;
        }
        for (int i = 0; i < sequence.elements().size(); i++) {
            T element = reader.read(sequence.elements().get(i), where().fieldPath(key) + "[" + (i + 1) + "]");
            if (element != null) {
                read.add(element);
            }
        }
        return read;
    }

    /** The node under {@code key} itself, for fields of a shape of their own; {@code null} when absent or empty. */
    YamlNode node(String key) {
        return value(key);
    }

    /** Records an error about {@code key} of this mapping. */
    void error(String key, String message) {
        errors.add(where().error(key, message));
    }

    /** Reads one element of a list. */
    @FunctionalInterface
    interface ElementReader<T> {
        /** The element, or {@code null} after recording its errors. */
        T read(YamlNode node, String path);
    }

    private <T> T parsed(String key, BiFunction<String, String, T> parse) {
        String text = text(key);
        return text == null ? null : parse.apply(text, key);
    }

    private boolean wrongShape(String key) {
        YamlNode node = value(key);
        return node != null && !(node instanceof YamlNode.Scalar);
    }

    private YamlNode value(String key) {
        YamlNode.Entry entry = mapping.entries().get(key);
        return entry == null || entry.value() instanceof YamlNode.Empty ? null : entry.value();
    }
}
