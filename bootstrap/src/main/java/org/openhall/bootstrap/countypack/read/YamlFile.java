package org.openhall.bootstrap.countypack.read;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.openhall.bootstrap.countypack.PackErrors;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one YAML file of a pack into a {@link YamlNode} tree. Only the structure is parsed here
 * (no Java objects are created from tags), so a pack cannot make the reader instantiate anything.
 * A syntax error or a duplicate key is reported with its line; a file with a syntax error yields
 * no tree, the other files are still read.
 */
final class YamlFile {

    private YamlFile() {
    }

    /** The tree of {@code resource}, named {@code file} in errors; empty when it cannot be parsed. */
    static Optional<YamlNode> parse(Resource resource, String file, PackErrors errors) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        Yaml yaml = new Yaml(options);
        try (InputStream in = PackFolder.open(resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Node root = yaml.compose(reader);
            if (root == null) {
                errors.add(file, "", "", "the file is empty");
                return Optional.empty();
            }
            return Optional.of(convert(root, file, errors));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            errors.add(file, mark == null ? "" : "line " + (mark.getLine() + 1), "",
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            errors.add(file, "", "", "not valid YAML: " + e.getMessage());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            errors.add(file, "", "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static YamlNode convert(Node node, String file, PackErrors errors) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            return Tag.NULL.equals(scalar.getTag()) ? new YamlNode.Empty(line) : new YamlNode.Scalar(line, scalar.getValue());
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> elements = new ArrayList<>();
            sequence.getValue().forEach(element -> elements.add(convert(element, file, errors)));
            return new YamlNode.Sequence(line, elements);
        }
        MappingNode mapping = (MappingNode) node;
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = tuple.getKeyNode().getStartMark().getLine() + 1;
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                errors.add(file, "line " + keyLine, "", "a key must be a plain word");
                continue;
            }
            if (entries.containsKey(key.getValue())) {
                errors.add(file, "line " + keyLine, key.getValue(), "is given twice");
                continue;
            }
            entries.put(key.getValue(), new YamlNode.Entry(key.getValue(), keyLine,
                    convert(tuple.getValueNode(), file, errors)));
        }
        return new YamlNode.Mapping(line, entries);
    }
}
