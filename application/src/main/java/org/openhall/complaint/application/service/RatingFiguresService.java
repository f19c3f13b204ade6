package org.openhall.complaint.application.service;

import java.time.LocalDate;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.RatingFigures;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFiguresQuery;
import org.openhall.complaint.application.port.out.RatingFiguresRepository;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/** 评价统计: supervisors for any department or all; department staff for their own only. */
@Application
public class RatingFiguresService implements RatingFiguresQuery {

    /** Longest period one query may span, in days: a year and a day covers any annual report. */
    static final int MAX_DAYS = 367;

    private final RatingFiguresRepository figures;
    private final RatingSettings settings;

    public RatingFiguresService(RatingFiguresRepository figures, RatingSettings settings) {
        this.figures = figures;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public RatingFigures figures(Actor actor, Dimension dimension, LocalDate from, LocalDate to,
            Optional<String> department) {
        if (dimension == null || from == null || to == null) {
            throw new InvalidValue("period", "needs a dimension, a first and a last day");
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidValue("to", "must be on or after the first day, at most " + MAX_DAYS + " days later");
        }
        String scope = department.map(String::strip).filter(d -> !d.isEmpty()).orElse(null);
        if (!actor.has(Role.SUPERVISOR)) {
            DepartmentCode own = actor.department();
            if (own == null) {
                throw new InvalidValue("department", "figures are read by supervisors or a department's staff");
            }
            if (scope != null && !scope.equals(own.value())) {
                throw new OutsideDepartmentScope(actor, new DepartmentCode(scope));
            }
            scope = own.value();
        }
        return new RatingFigures(dimension, from, to, scope, figures.count(dimension,
                from.atStartOfDay(settings.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(settings.zone()).toInstant(), scope));
    }
}
