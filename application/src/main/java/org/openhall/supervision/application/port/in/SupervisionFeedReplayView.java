package org.openhall.supervision.application.port.in;

import java.time.LocalDate;

/** What a replay sent: {@code events} events of the days {@code from} to {@code to}. */
public record SupervisionFeedReplayView(LocalDate from, LocalDate to, int events, String transport) {
}
