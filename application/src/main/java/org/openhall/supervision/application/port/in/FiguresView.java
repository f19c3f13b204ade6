package org.openhall.supervision.application.port.in;

import java.time.LocalDate;
import java.util.List;

import org.openhall.supervision.domain.FigureDimension;
import org.openhall.supervision.domain.FigureLine;

/** The figures of a period (both days included) by one dimension. */
public record FiguresView(LocalDate from, LocalDate to, FigureDimension by, String watchedDeadline,
        List<FigureLine> lines) {
}
