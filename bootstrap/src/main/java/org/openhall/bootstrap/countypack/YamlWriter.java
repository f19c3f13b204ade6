package org.openhall.bootstrap.countypack;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the YAML of an exported pack in the layout people write packs in: block lists of
 * entries, short entries as one-line {@code { key: value }} mappings, comments where a reader
 * needs them. Text is written plain when the pack reader and any other YAML reader read it back
 * unchanged, and double-quoted otherwise.
 */
final class YamlWriter {

    private static final Set<String> SPECIAL_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null", "~");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final StringBuilder out = new StringBuilder();

    /** A comment line, or a blank line for an empty text. */
    YamlWriter comment(String text) {
        out.append(text.isEmpty() ? "" : "# " + text).append('\n');
        return this;
    }

    YamlWriter blank() {
        out.append('\n');
        return this;
    }

    /** {@code key: value} at {@code indent} spaces; nothing for a {@code null} value. */
    YamlWriter field(int indent, String key, String text) {
        if (text != null) {
            line(indent, key + ": " + text(text, false));
        }
        return this;
    }

    /** {@code key: <number or true/false>} written plain. */
    YamlWriter raw(int indent, String key, Object value) {
        line(indent, key + ": " + value);
        return this;
    }

    /** {@code key:} opening a nested block. */
    YamlWriter key(int indent, String key) {
        line(indent, key + ":");
        return this;
    }

    /** {@code key: [a, b]} with each element as text; {@code key: []} when empty. */
    YamlWriter flowList(int indent, String key, List<String> texts) {
        line(indent, key + ": " + flowList(texts));
        return this;
    }

    /** {@code key:} and one {@code - text} line per element; nothing when empty. */
    YamlWriter blockList(int indent, String key, List<String> texts) {
        if (texts.isEmpty()) {
            return this;
        }
        key(indent, key);
        texts.forEach(t -> line(indent + 2, "- " + text(t, false)));
        return this;
    }

    /** {@code - <flow mapping>}. */
    YamlWriter element(int indent, String flowMapping) {
        line(indent, "- " + flowMapping);
        return this;
    }

    /** {@code - key: text} opening a block mapping element. */
    YamlWriter elementStart(int indent, String key, String text) {
        line(indent, "- " + key + ": " + text(text, false));
        return this;
    }

    void line(int indent, String content) {
        out.append(" ".repeat(indent)).append(content).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A one-line mapping: alternating keys and values; {@code null} values are left out. */
    static String flowMap(Object... keysAndValues) {
        StringBuilder map = new StringBuilder("{ ");
        boolean first = true;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value == null) {
                continue;
            }
            if (!first) {
                map.append(", ");
            }
            first = false;
            map.append(keysAndValues[i]).append(": ");
            if (value instanceof String text) {
                map.append(text(text, true));
            } else if (value instanceof List<?> list) {
                map.append(flowList(list.stream().map(String::valueOf).toList()));
            } else {
                map.append(value);
            }
        }
        return map.append(" }").toString();
    }

    static String flowList(List<String> texts) {
        return "[" + String.join(", ", texts.stream().map(t -> text(t, true)).toList()) + "]";
    }

    /** {@code text} as a YAML scalar that reads back as exactly this text. */
    static String text(String text, boolean inFlow) {
        return plainIsSafe(text, inFlow) ? text : quoted(text);
    }

    private static boolean plainIsSafe(String text, boolean inFlow) {
        if (text.isEmpty() || !text.strip().equals(text)) {
            return false;
        }
        if (INDICATORS.indexOf(text.charAt(0)) >= 0) {
            return false;
        }
        if (text.contains(": ") || text.endsWith(":") || text.contains(" #") || text.contains("\n")
                || text.contains("\t")) {
            return false;
        }
        if (inFlow && (text.contains(",") || text.contains("[") || text.contains("]") || text.contains("{")
                || text.contains("}"))) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (SPECIAL_WORDS.contains(lower) || NUMBER_LIKE.matcher(text).matches() || DATE_LIKE.matcher(text).matches()) {
            return false;
        }
        return text.chars().allMatch(c -> c >= 0x20 && c != 0x7F);
    }

    private static String quoted(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        q.append(String.format("\\x%02x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
