package org.openhall.bootstrap.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The command line's usage errors, which it answers before it starts anything. */
class PersonalDataCommandLineTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PersonalDataCommandLine commands = new PersonalDataCommandLine(Map.of(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void recognisesOnlyItsOwnCommand() {
        assertThat(PersonalDataCommandLine.isPersonalDataCommand(new String[] { "personal-data", "status" })).isTrue();
        assertThat(PersonalDataCommandLine.isPersonalDataCommand(new String[] { "pack", "export", "x" })).isFalse();
        assertThat(PersonalDataCommandLine.isPersonalDataCommand(new String[0])).isFalse();
    }

    @Test
    void wrongUsageExitsWith64AndShowsTheUsage() {
        assertThat(commands.run("personal-data")).isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "shred")).isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "rotate", "--batch-size", "0")).isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "rotate", "--batch-size", "many"))
                .isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "status", "--batch-size", "5")).isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "reindex", "--batch-size", "-3"))
                .isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(commands.run("personal-data", "reindex", "now")).isEqualTo(PersonalDataCommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("personal-data rotate [--batch-size N]",
                "personal-data reindex [--batch-size N]");
    }
}
