package org.openhall.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openhall.bootstrap.OpenHallIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A CR/LF in a request cannot forge a log line: the log pattern escapes line breaks in messages, so
 * a value such as {@code "\r\n2026-… INFO … forged"} shows up inside the line that quotes it,
 * never as a line of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogForgingIT extends OpenHallIT {

    /** What the attacker wants the log to show as a line of its own. */
    private static final String FORGED_LINE = "2026-03-10T09:00:00.000+08:00  INFO [main] o.o.AuditLog : forged-admin-sign-in";
    private static final String PAYLOAD = "x\r\n" + FORGED_LINE;
    private static final String REFUSALS = "org.openhall.shared.adapter.in.web";

    @Autowired
    LoggingSystem logging;

    @AfterEach
    void quietAgain() {
        logging.setLogLevel(REFUSALS, null);
    }

    @Test
    void lineBreaksFromARequestAreEscapedInTheLog(CapturedOutput output) {
        // Refusals are logged at DEBUG with the reader's message, which quotes the offending value.
        logging.setLogLevel(REFUSALS, LogLevel.DEBUG);
        String json = "{\"from\":\"" + PAYLOAD.replace("\r", "\\r").replace("\n", "\\n") + "\",\"to\":\"2026-03-10\"}";
        assertThat(post(SUPERVISOR, "/api/v1/supervision-feed/replay", json).status()).isEqualTo(400);
        // Also in a path and a query parameter (the firewall or the parameter binding refuses them).
        String encoded = URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8).replace("+", "%20");
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + encoded).status()).isBetween(400, 404);
        assertThat(get(CLERK_SCJG, "/api/v1/cases?page=" + encoded).status()).isBetween(400, 404);

        assertThat(output.getAll()).as("the value was logged, escaped").contains("x\\r\\n" + FORGED_LINE);
        assertThat(output.getAll().lines()).as("no line of the log is the forged one")
                .noneMatch(line -> line.startsWith(FORGED_LINE));
    }
}
