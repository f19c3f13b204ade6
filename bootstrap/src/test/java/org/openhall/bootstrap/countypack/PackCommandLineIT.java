package org.openhall.bootstrap.countypack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.bootstrap.countypack.cli.PackCommandLine;
import org.openhall.shared.adapter.out.persistence.PostgresTestDatabase.RunningDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code pack} commands as an operator runs them, on a database of their own named the way a
 * normal run names it ({@code OPENHALL_DB_URL}): progress while importing, the report, and a
 * non-zero exit status with every error for an invalid pack, which changes nothing (and, never
 * reaching the database, is not recorded in the audit trail), and the audit record of an import.
 */
class PackCommandLineIT {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyInstallation() {
        PackDatabases.empty(database().dataSource());
    }

    @Test
    void importingPrintsProgressWithCountAndPercentageThenTheReport() {
        String today = LocalDate.now(Clock.system(ZoneId.of("Asia/Shanghai"))).toString();

        int status = run("pack", "import", "classpath:county-packs/heshan", "--effective-from", today);

        assertThat(status).as(err()).isZero();
        List<String> progress = out().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(progress).hasSizeGreaterThan(200)
                .allMatch(l -> l.matches("\\[ *\\d+/\\d+ +\\d+%] \\w+ \\S+ (ADDED|CHANGED|UNCHANGED|REMOVED)"));
        assertThat(progress.get(progress.size() - 1)).matches("\\[(\\d+)/\\1 100%] .*");
        assertThat(progress).anyMatch(l -> l.matches("\\[ *\\d+/\\d+ +\\d+%] items SCJG-001 ADDED"));
        assertThat(out()).contains("ADDED   CHANGED   UNCHANGED   REMOVED", "New item versions take effect on " + today);
    }

    @Test
    void anImportIsRecordedInTheAuditTrailWithTheOperatingSystemAccountThatRanIt() {
        int status = run("pack", "import", "classpath:county-packs/heshan", "--effective-from", "2026-07-01");

        assertThat(status).as(err()).isZero();
        List<Map<String, Object>> records = new JdbcTemplate(database().dataSource()).queryForList("""
                SELECT actor, object, result FROM audit_record WHERE action = 'county-pack import'""");
        assertThat(records).containsExactly(Map.of("actor", "os:" + System.getProperty("user.name"),
                "object", "pack=classpath:county-packs/heshan,jurisdiction=451381,effectiveFrom=2026-07-01",
                "result", "success"));
    }

    @Test
    void anInvalidPackExitsWithStatusOneListsEveryErrorAndChangesNothing() {
        run("pack", "import", "classpath:county-packs/heshan");
        Map<String, Integer> before = PackDatabases.rowCounts(database().dataSource());
        PackFiles.copy("county-packs/heshan", folder);
        PackFiles.replace(folder, "centre.yaml", "zone: Asia/Shanghai", "zone: Mars/Olympus");
        PackFiles.replace(folder, "windows.yaml", "postA: clerk.hbj\n", "postA: clerk.nobody\n");
        out.reset();

        int status = run("pack", "import", folder.toString());

        assertThat(status).isEqualTo(PackCommandLine.INVALID);
        assertThat(err()).contains("is not valid: 2 errors", "centre.yaml (line 6) zone:",
                "windows.yaml (line " + PackFiles.lineOf(folder, "windows.yaml", "clerk.nobody")
                        + ") windows[17].postA:");
        assertThat(out()).doesNotContain("%]");
        assertThat(PackDatabases.rowCounts(database().dataSource())).isEqualTo(before);
    }

    @Test
    void validatingNeedsNoDatabaseAndSaysWhatThePackHolds() {
        int status = new PackCommandLine(Map.of(), print(out), print(err)).run("pack", "validate",
                "classpath:county-packs/heshan");

        assertThat(status).isZero();
        assertThat(out()).contains("is valid", "61 staff", "23 windows", "56 items");
    }

    @Test
    void exportWritesThePackFolder() throws Exception {
        run("pack", "import", "classpath:county-packs/heshan");

        int status = run("pack", "export", folder.resolve("export").toString());

        assertThat(status).as(err()).isZero();
        assertThat(Files.readString(folder.resolve("export/staff.yaml"))).contains("Passwords are not exported");
        assertThat(folder.resolve("export/items.yaml")).exists();
        assertThat(folder.resolve("export/calendar/local/2026.yaml")).exists();
    }

    @Test
    void aWrongCommandExplainsTheUsage() {
        assertThat(run("pack", "import")).isEqualTo(PackCommandLine.USAGE);
        assertThat(run("pack", "import", "x", "--effective-from", "tomorrow")).isEqualTo(PackCommandLine.USAGE);
        assertThat(err()).contains("Usage:", "pack export <dir>");
    }

    private int run(String... args) {
        RunningDatabase db = database();
        Map<String, String> env = Map.of("OPENHALL_DB_URL", db.jdbcUrl(), "OPENHALL_DB_USER", db.username(),
                "OPENHALL_DB_PASSWORD", db.password());
        return new PackCommandLine(env, print(out), print(err)).run(args);
    }

    private static RunningDatabase database() {
        return PackDatabases.forCommandLine();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
