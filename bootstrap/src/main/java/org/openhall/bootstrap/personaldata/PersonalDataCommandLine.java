package org.openhall.bootstrap.personaldata;

import java.io.PrintStream;
import java.util.Map;

import org.openhall.bootstrap.countypack.cli.PackCommandApplication;
import org.openhall.shared.adapter.out.persistence.personaldata.BlindIndexRebuild;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataRotation;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code personal-data} commands of the OpenHall jar, for key rotation (密钥轮换):
 * <pre>
 * personal-data status                     how many stored values each configured key seals
 * personal-data rotate [--batch-size N]    re-seal everything under the active key (default 500 a batch)
 * personal-data reindex [--batch-size N]   recompute every blind index under the index key
 * </pre>
 * All run without the web server on the database and with the keys a normal run would use. Rotation
 * and reindexing can run while the server runs, and again after an interruption. Exit status: 0 done,
 * 2 failed (e.g. a value under a key that is no longer configured), 64 wrong usage.
 */
public final class PersonalDataCommandLine {

    public static final int OK = 0;
    public static final int FAILED = 2;
    public static final int USAGE = 64;
    private static final int DEFAULT_BATCH = 500;
    private static final String HELP = """
            Usage:
              personal-data status
              personal-data rotate [--batch-size N]
              personal-data reindex [--batch-size N]""";

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public PersonalDataCommandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Whether {@code args} ask for a personal-data command rather than the server. */
    public static boolean isPersonalDataCommand(String[] args) {
        return args.length > 0 && args[0].equals("personal-data");
    }

    /** Runs {@code personal-data …}; answers the exit status. */
    public int run(String... args) {
        if (args.length < 2 || !isPersonalDataCommand(args)) {
            return usage();
        }
        Integer batch = DEFAULT_BATCH;
        boolean batched = args[1].equals("rotate") || args[1].equals("reindex");
        if (batched && args.length == 4 && args[2].equals("--batch-size")) {
            batch = positive(args[3]);
        } else if (args.length != 2) {
            return usage();
        }
        if (batch == null || !(batched || args[1].equals("status"))) {
            return usage();
        }
        try (ConfigurableApplicationContext context = start()) {
            PersonalDataRotation rotation = context.getBean(PersonalDataRotation.class);
            if (args[1].equals("rotate")) {
                rotation.rotate(batch).forEach((column, count) -> out.println("re-sealed " + count + " in " + column));
            }
            if (args[1].equals("reindex")) {
                BlindIndexRebuild rebuild = context.getBean(BlindIndexRebuild.class);
                rebuild.reindex(batch).forEach((column, count) -> out.println("re-indexed " + count + " in " + column));
                out.println("indexes without a value to recompute them from: " + rebuild.countWithoutSource());
            }
            status(context.getBean(PersonalDataCipher.class), rotation);
            return OK;
        } catch (RuntimeException e) {
            err.println("personal-data " + args[1] + " failed: " + e.getMessage());
            return FAILED;
        }
    }

    private void status(PersonalDataCipher cipher, PersonalDataRotation rotation) {
        String active = cipher.keyRing().activeKeyId();
        for (String key : cipher.keyRing().keyIds()) {
            out.println("key " + key + (key.equals(active) ? " (active)" : "") + ": " + rotation.countUnder(key)
                    + " values");
        }
        out.println("not sealed yet: " + rotation.countUnder(null) + " values");
    }

    private ConfigurableApplicationContext start() {
        return PackCommandApplication.startForCommand(env, Map.of());
    }

    private static Integer positive(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int usage() {
        err.println(HELP);
        return USAGE;
    }
}
