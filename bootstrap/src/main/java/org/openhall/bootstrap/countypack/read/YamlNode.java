package org.openhall.bootstrap.countypack.read;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A YAML document as a tree whose every node knows the line it starts on, so that an error in a
 * pack names the line to fix. Scalars stay text: the reader decides what a field's text means.
 */
sealed interface YamlNode {

    /** The line the node starts on, counted from 1. */
    int line();

    /** A description of the node's kind for messages, e.g. "a list". */
    String kind();

    /** A mapping; keys in document order. */
    record Mapping(int line, LinkedHashMap<String, Entry> entries) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping, the line of the key, and its value. */
    record Entry(String key, int line, YamlNode value) {
    }

    /** A sequence. */
    record Sequence(int line, List<YamlNode> elements) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar's text. */
    record Scalar(int line, String text) implements YamlNode {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    /** An empty value ({@code ~}, {@code null} or nothing at all). */
    record Empty(int line) implements YamlNode {
        @Override
        public String kind() {
            return "nothing";
        }
    }
}
