package org.openhall.bootstrap.countypack.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.openhall.bootstrap.countypack.CountyPackExporter;
import org.openhall.bootstrap.countypack.CountyPackImporter;
import org.openhall.bootstrap.countypack.CountyPackLoader;
import org.openhall.bootstrap.countypack.ImportProgress;
import org.openhall.bootstrap.countypack.ImportReport;
import org.openhall.bootstrap.countypack.PackError;
import org.openhall.bootstrap.countypack.ValidatedPack;
import org.openhall.bootstrap.database.RunDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code pack} commands of the OpenHall jar:
 * <pre>
 * pack validate &lt;dir&gt;                                  check a pack; lists every error
 * pack import &lt;dir&gt; [--effective-from YYYY-MM-DD]      validate, then apply in one transaction
 * pack export &lt;dir&gt;                                    write the stored state as a pack
 * </pre>
 * {@code validate} needs no database. {@code import} validates before it touches the database,
 * and {@code import} and {@code export} run without the web server on the database a normal run
 * would use ({@link RunDatabase}). Exit status: 0 done, 1 invalid pack or nothing to export,
 * 2 failed (nothing written), 64 wrong usage. An import that reached the database is recorded in the
 * audit trail, done or failed, with the operating system account that ran it as the actor.
 */
public final class PackCommandLine {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int FAILED = 2;
    public static final int USAGE = 64;

    /** The actor prefix of an operator who ran a command. */
    public static final String OPERATOR_PREFIX = "os:";

    private static final String HELP = """
            Usage:
              pack validate <dir>
              pack import <dir> [--effective-from YYYY-MM-DD]
              pack export <dir>
            <dir> is a pack folder, or classpath:county-packs/<name> for a bundled pack.""";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public PackCommandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Whether {@code args} ask for a pack command rather than the server. */
    public static boolean isPackCommand(String[] args) {
        return args.length > 0 && args[0].equals("pack");
    }

    /** Runs {@code pack …}; answers the exit status. */
    public int run(String... args) {
        if (args.length < 3 || !isPackCommand(args)) {
            return usage("");
        }
        String dir = args[2];
        return switch (args[1]) {
            case "validate" -> args.length == 3 ? validate(dir) : usage("validate takes only a folder");
            case "import" -> importPack(dir, List.of(args).subList(3, args.length));
            case "export" -> args.length == 3 ? export(dir) : usage("export takes only a folder");
            default -> usage("unknown pack command: " + args[1]);
        };
    }

    private int validate(String dir) {
        CountyPackLoader.Loaded loaded = new CountyPackLoader().load(dir);
        if (!loaded.valid()) {
            return invalid(loaded, "");
        }
        ValidatedPack pack = loaded.validated();
        out.printf("County pack %s is valid: %d calendar years, %d departments, %d halls, %d staff, %d windows, "
                + "%d items, %d parameters.%n", dir, pack.countyYears().size(), pack.departments().size(),
                pack.halls().size(), pack.staff().size(), pack.windows().size(), pack.items().size(),
                pack.parameters().size());
        return OK;
    }

    private int importPack(String dir, List<String> options) {
        LocalDate effectiveFrom = null;
        if (!options.isEmpty()) {
            if (options.size() != 2 || !options.get(0).equals("--effective-from")) {
                return usage("import takes a folder and optionally --effective-from YYYY-MM-DD");
            }
            try {
                effectiveFrom = LocalDate.parse(options.get(1));
            } catch (DateTimeParseException e) {
                return usage("--effective-from needs a date like 2026-07-01, not " + options.get(1));
            }
        }
        CountyPackLoader.Loaded loaded = new CountyPackLoader().load(dir);
        if (!loaded.valid()) {
            return invalid(loaded, " Nothing was imported.");
        }
        out.printf("County pack %s is valid; importing it.%n", dir);
        try (ConfigurableApplicationContext context = start(dir)) {
            LocalDate from = effectiveFrom != null ? effectiveFrom : LocalDate.now(context.getBean(Clock.class));
            ImportReport report = context.getBean(CountyPackImporter.class).importPack(operator(),
                    loaded.validated(), from,
                    (done, total, change) -> out.println(ImportProgress.line(done, total, change)));
            out.println(report.format());
            out.printf("New item versions take effect on %s.%n", from);
            return OK;
        } catch (RuntimeException e) {
            err.println("The import failed and was rolled back; nothing was written: " + e.getMessage());
            return FAILED;
        }
    }

    private int export(String dir) {
        try (ConfigurableApplicationContext context = start(null)) {
            List<Path> files = context.getBean(CountyPackExporter.class).export(Path.of(dir));
            out.printf("Exported the county pack to %s: %d files (passwords are not exported).%n", dir, files.size());
            files.forEach(f -> out.println("  " + f));
            return OK;
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return INVALID;
        } catch (RuntimeException e) {
            err.println("The export failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int invalid(CountyPackLoader.Loaded loaded, String consequence) {
        List<PackError> errors = loaded.errors();
        err.printf("County pack %s is not valid: %d %s.%s%n", loaded.location(), errors.size(),
                errors.size() == 1 ? "error" : "errors", consequence);
        errors.forEach(e -> err.println("  " + e));
        return INVALID;
    }

    private int usage(String problem) {
        if (!problem.isEmpty()) {
            err.println(problem);
        }
        err.println(HELP);
        return USAGE;
    }

    /**
     * OpenHall without the web server on the database a normal run uses; with the pack being
     * imported as the configured one (it names the centre) and no import on start.
     */
    private ConfigurableApplicationContext start(String packLocation) {
        return PackCommandApplication.startForCommand(env,
                packLocation == null ? Map.of() : Map.of("openhall.county-pack", location(packLocation)));
    }

    /**
     * Who the audit trail names for an import from the command line: the operating system account
     * that ran it ({@code os:<name>}), since no staff member signs in to a command. The prefix keeps it
     * apart from a staff account of the same name.
     */
    static String operator() {
        String name = System.getProperty("user.name");
        return OPERATOR_PREFIX + (name == null || name.isBlank() ? "unknown" : name);
    }

    private static String location(String dir) {
        return dir.startsWith("classpath:") || dir.startsWith("file:") ? dir
                : Path.of(dir).toAbsolutePath().normalize().toUri().toString();
    }
}
