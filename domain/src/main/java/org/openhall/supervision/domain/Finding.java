package org.openhall.supervision.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a rule found on a case (监察发现): the rule, the level it raises and the due date it watched
 * ({@code null} for a rule that watches none). It becomes a {@link Warning} once, and only once.
 */
@ValueObject
public record Finding(SupervisionRule rule, WarningLevel level, LocalDate dueDate) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
    }
}
