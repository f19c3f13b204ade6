package org.openhall.complaint.application.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.RatingRoleRequired;
import org.openhall.complaint.application.port.in.RectificationQuery;
import org.openhall.complaint.application.port.in.RectificationUseCase;
import org.openhall.complaint.application.port.in.RectificationView;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.domain.rating.Rectification;
import org.openhall.complaint.domain.rating.RectificationReply;
import org.openhall.complaint.domain.rating.ReturnVisit;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改: the handling department replies; supervisors (or hotline operators) record the call back; supervisors
 * close. A department's staff see and act on their own department's orders only.
 */
@Application
public class RectificationService implements RectificationUseCase, RectificationQuery {

    private final RectificationRepository rectifications;
    private final RatingSettings settings;

    public RectificationService(RectificationRepository rectifications, RatingSettings settings) {
        this.rectifications = rectifications;
        this.settings = settings;
    }

    @Override
    @Transactional
    public RectificationView reply(Actor actor, UUID id, String reply) {
        return change(actor, id, r -> r.reply(new RectificationReply(reply, actor.username(),
                settings.clock().instant())));
    }

    @Override
    @Transactional
    public RectificationView recordReturnVisit(Actor actor, UUID id, String caller, Instant calledAt,
            String outcome) {
        if (!actor.has(Role.SUPERVISOR) && !actor.has(Role.HOTLINE_OPERATOR)) {
            throw new RatingRoleRequired("rating.return-visit", "SUPERVISOR, HOTLINE_OPERATOR");
        }
        if (calledAt == null) {
            throw new InvalidValue("calledAt", "says when the rater was called");
        }
        return change(actor, id, r -> r.recordReturnVisit(new ReturnVisit(caller, calledAt, outcome,
                actor.username(), settings.clock().instant())));
    }

    @Override
    @Transactional
    public RectificationView close(Actor actor, UUID id) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new RatingRoleRequired("rating.rectification-close", "SUPERVISOR");
        }
        return change(actor, id, r -> r.close(actor.username(), settings.clock().instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public RectificationView get(Actor actor, UUID id) {
        return RatingViews.of(load(actor, id), settings.today());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RectificationView> list(Actor actor, boolean openOnly) {
        String department = seesEveryDepartment(actor) ? null : actor.department().value();
        return rectifications.list(department, openOnly).stream()
                .map(r -> RatingViews.of(r, settings.today())).toList();
    }

    private RectificationView change(Actor actor, UUID id, Consumer<Rectification> change) {
        Rectification rectification = load(actor, id);
        change.accept(rectification);
        return RatingViews.of(rectifications.update(rectification), settings.today());
    }

    private Rectification load(Actor actor, UUID id) {
        Rectification rectification = rectifications.findById(id)
                .orElseThrow(() -> new ResourceNotFound("rectification", String.valueOf(id)));
        DepartmentCode department = new DepartmentCode(rectification.department());
        if (!seesEveryDepartment(actor) && !actor.mayActFor(department)) {
            throw new OutsideDepartmentScope(actor, department);
        }
        return rectification;
    }

    /** Supervisors and hotline operators follow every department's orders. */
    static boolean seesEveryDepartment(Actor actor) {
        return actor.has(Role.SUPERVISOR) || actor.has(Role.HOTLINE_OPERATOR) || actor.department() == null;
    }
}
