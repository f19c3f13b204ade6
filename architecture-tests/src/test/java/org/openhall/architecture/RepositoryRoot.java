package org.openhall.architecture;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root folder: Maven runs these tests in {@code architecture-tests}, an IDE maybe in the root. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return Files.isDirectory(workingDirectory.resolve("architecture-tests"))
                ? workingDirectory
                : workingDirectory.resolve("..").normalize();
    }
}
