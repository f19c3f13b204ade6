package org.openhall.bootstrap.countypack.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The folder of a county pack: a directory ({@code file:} or a plain path) or a folder on the
 * class path ({@code classpath:}, e.g. the bundled {@code classpath:county-packs/heshan}). Files
 * are named relative to it, as errors name them.
 */
public final class PackFolder {

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final String location;
    private final String base;

    private PackFolder(String location, String base) {
        this.location = location;
        this.base = base;
    }

    /** The folder at {@code location}: {@code classpath:…}, {@code file:…} or a path. */
    public static PackFolder at(String location) {
        String base;
        if (location.startsWith("classpath:") || location.startsWith("file:")) {
            base = location;
        } else {
            base = Path.of(location).toAbsolutePath().normalize().toUri().toString();
        }
        return new PackFolder(location, base.endsWith("/") ? base : base + "/");
    }

    /** The location as it was given. */
    public String location() {
        return location;
    }

    /** The file at {@code relative}, if it exists. */
    public Optional<Resource> file(String relative) {
        Resource resource = resources.getResource(base + relative);
        return resource.exists() ? Optional.of(resource) : Optional.empty();
    }

    /** Whether the folder itself can be found (a pack without even a {@code centre.yaml} is not a pack). */
    public boolean exists() {
        return file("centre.yaml").isPresent() || resources.getResource(base).exists();
    }

    /** The names of the files directly in {@code directory} ending in {@code suffix}, sorted. */
    public List<String> list(String directory, String suffix) {
        try {
            return Arrays.stream(resources.getResources(base + directory + "/*" + suffix))
                    .map(Resource::getFilename)
                    .filter(name -> name != null && name.endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            // A missing directory is not an error: the pack simply has no such files.
            return List.of();
        }
    }

    /** Opens {@code resource} for reading. */
    static InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
