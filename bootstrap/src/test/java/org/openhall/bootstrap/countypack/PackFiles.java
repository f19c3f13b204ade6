package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Copies bundled packs into a folder a test may change, and changes their files. */
final class PackFiles {

    private PackFiles() {
    }

    /** Copies the pack at {@code classpath:<location>} (e.g. {@code county-packs/heshan}) into {@code target}. */
    static Path copy(String location, Path target) {
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            String base = resolver.getResource("classpath:" + location + "/").getURL().toString();
            for (Resource resource : resolver.getResources("classpath:" + location + "/**/*")) {
                if (!resource.isReadable()) {
                    continue;
                }
                String relative = resource.getURL().toString().substring(base.length());
                Path file = target.resolve(relative);
                Files.createDirectories(file.getParent());
                try (InputStream in = resource.getInputStream()) {
                    Files.write(file, in.readAllBytes());
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in {@code file} by {@code to}. */
    static void replace(Path folder, String file, String from, String to) {
        Path path = folder.resolve(file);
        String text = read(path);
        assertThat(text).as(file).contains(from);
        assertThat(text.indexOf(from)).as("%s holds %s once", file, from).isEqualTo(text.lastIndexOf(from));
        write(path, text.replace(from, to));
    }

    /** Removes the text of {@code file} from {@code start} (included) to {@code end} (excluded; the end of the file when {@code null}). */
    static void cut(Path folder, String file, String start, String end) {
        Path path = folder.resolve(file);
        String text = read(path);
        int from = text.indexOf(start);
        assertThat(from).as("%s holds %s", file, start).isNotNegative();
        int to = end == null ? text.length() : text.indexOf(end, from);
        assertThat(to).as("%s holds %s after %s", file, end, start).isGreaterThan(from);
        write(path, text.substring(0, from) + text.substring(to));
    }

    static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of {@code file} that contains {@code text}. */
    static int lineOf(Path folder, String file, String text) {
        String[] lines = read(folder.resolve(file)).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
