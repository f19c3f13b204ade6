package org.openhall;

import org.openhall.bootstrap.audit.AuditCommandLine;
import org.openhall.bootstrap.countypack.cli.PackCommandLine;
import org.openhall.bootstrap.database.RunDatabase;
import org.openhall.bootstrap.personaldata.PersonalDataCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * OpenHall, the government service centre platform (政务服务中心平台): the composition root.
 *
 * <p>It lives in the root package so that Spring Modulith sees every bounded context
 * ({@code org.openhall.<context>}) as an application module, spread over the domain,
 * application and adapter jars.
 */
@Modulithic(systemName = "OpenHall", sharedModules = "shared")
@SpringBootApplication
public class OpenHallApplication {

    /**
     * Runs the server, or with {@code pack validate|import|export <dir>} a county pack command
     * (no web server) whose exit status is the process's; with {@code personal-data status|rotate} the
     * key rotation of sealed personal data; with {@code audit verify} the check of the audit chain
     * (no web server either).
     */
    public static void main(String[] args) {
        if (PackCommandLine.isPackCommand(args)) {
            System.exit(new PackCommandLine(System.getenv(), System.out, System.err).run(args));
        }
        if (PersonalDataCommandLine.isPersonalDataCommand(args)) {
            System.exit(new PersonalDataCommandLine(System.getenv(), System.out, System.err).run(args));
        }
        if (AuditCommandLine.isAuditCommand(args)) {
            System.exit(new AuditCommandLine(System.getenv(), System.out, System.err).run(args));
        }
        SpringApplication app = new SpringApplication(OpenHallApplication.class);
        app.setDefaultProperties(RunDatabase.select(System.getenv()));
        app.run(args);
    }
}
