package org.openhall.bootstrap.audit;

import java.io.PrintStream;
import java.util.Map;

import org.openhall.audit.application.port.in.VerifyAuditChainUseCase;
import org.openhall.audit.domain.ChainVerification;
import org.openhall.bootstrap.countypack.cli.PackCommandApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code audit verify} command of the OpenHall jar: checks the whole audit chain on the database
 * a normal run uses ({@link org.openhall.bootstrap.database.RunDatabase}), without the web server, and names the first broken
 * record. Exit status: 0 intact, 1 broken, 2 failed, 64 wrong usage.
 */
public final class AuditCommandLine {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int FAILED = 2;
    public static final int USAGE = 64;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public AuditCommandLine(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    /** Whether {@code args} ask for an audit command rather than the server. */
    public static boolean isAuditCommand(String[] args) {
        return args.length > 0 && args[0].equals("audit");
    }

    /** Runs {@code audit …}; answers the exit status. */
    public int run(String... args) {
        if (args.length != 2 || !isAuditCommand(args) || !args[1].equals("verify")) {
            err.println("Usage:\n  audit verify      check the audit chain from its first record");
            return USAGE;
        }
        try (ConfigurableApplicationContext context = start()) {
            ChainVerification result = context.getBean(VerifyAuditChainUseCase.class).verify();
            if (result.lateUnchained() > 0) {
                out.printf("%d audit records have waited too long to be linked into the chain.%n",
                        result.lateUnchained());
            }
            if (result.intact()) {
                out.printf("The audit chain is intact: %d records, last #%d, head %s.%n", result.recordsChecked(),
                        result.lastSequence(), result.headHash());
                return INTACT;
            }
            out.printf("The audit chain is broken at record #%d (%s); %d records before it are intact.%n",
                    result.brokenAt(), result.reason(), result.recordsChecked());
            return BROKEN;
        } catch (RuntimeException e) {
            err.println("The verification failed: " + e.getMessage());
            return FAILED;
        }
    }

    /** OpenHall without the web server or its jobs, on the database a normal run uses. */
    private ConfigurableApplicationContext start() {
        return PackCommandApplication.startForCommand(env, Map.of());
    }
}
