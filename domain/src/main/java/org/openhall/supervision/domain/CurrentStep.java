package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The approval step a case is in (当前环节) with its own limit: {@code dueOn} is the last day of
 * the step, {@code null} for a step without a limit of its own.
 */
@ValueObject
public record CurrentStep(int position, String name, String handlerRole, LocalDate startedOn, LocalDate dueOn) {

    public CurrentStep {
        Objects.requireNonNull(name, "name");
    }
}
