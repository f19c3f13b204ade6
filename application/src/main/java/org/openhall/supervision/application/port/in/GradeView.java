package org.openhall.supervision.application.port.in;

import java.math.BigDecimal;

import org.openhall.supervision.domain.Grade;

/** A department's quarterly grade with what it rests on. */
public record GradeView(String department, String quarter, int completed, BigDecimal onTimePercent, int redCards,
        Grade grade) {
}
