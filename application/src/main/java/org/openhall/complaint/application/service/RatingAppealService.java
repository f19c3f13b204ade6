package org.openhall.complaint.application.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.RatingAppealUseCase;
import org.openhall.complaint.application.port.in.RatingAppealView;
import org.openhall.complaint.application.port.in.RatingRoleRequired;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingAppealRepository;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingAppeal;
import org.openhall.complaint.domain.rating.problem.AppealAlreadyDecided;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * 申诉与复核. The department that handled the rated service appeals; a supervisor decides once. An upheld
 * appeal marks the rating excluded in the same transaction as the decision, so neither is ever seen without
 * the other.
 */
@Application
public class RatingAppealService implements RatingAppealUseCase {

    private final RatingRepository ratings;
    private final RatedServiceRepository services;
    private final RatingAppealRepository appeals;
    private final RatingSettings settings;

    public RatingAppealService(RatingRepository ratings, RatedServiceRepository services,
            RatingAppealRepository appeals, RatingSettings settings) {
        this.ratings = ratings;
        this.services = services;
        this.appeals = appeals;
        this.settings = settings;
    }

    @Override
    @Transactional
    public RatingAppealView appeal(Actor actor, UUID ratingId, ExclusionGround ground, String reason) {
        if (!actor.has(Role.DEPARTMENT_APPROVER) && !actor.has(Role.DEPARTMENT_HEAD)) {
            throw new RatingRoleRequired("rating.appeal", "DEPARTMENT_APPROVER, DEPARTMENT_HEAD");
        }
        if (ground == null) {
            throw new InvalidValue("ground", "is MALICIOUS or MISTAKEN");
        }
        Rating rating = rating(ratingId);
        RatedService service = services.findById(rating.serviceId())
                .orElseThrow(() -> new ResourceNotFound("rating", String.valueOf(ratingId)));
        DepartmentCode department = new DepartmentCode(service.department());
        if (!actor.mayActFor(department)) {
            throw new OutsideDepartmentScope(actor, department);
        }
        RatingAppeal appeal = RatingAppeal.file(UUID.randomUUID(), rating, service.department(), ground, reason,
                actor.username(), settings.clock().instant());
        appeals.add(appeal);
        return RatingViews.of(appeal);
    }

    @Override
    @Transactional
    public RatingAppealView review(Actor actor, UUID appealId, AppealDecision decision, String note) {
        requireSupervisor(actor);
        if (decision == null) {
            throw new InvalidValue("decision", "is UPHELD or REJECTED");
        }
        RatingAppeal appeal = appeals.findById(appealId)
                .orElseThrow(() -> new ResourceNotFound("rating-appeal", String.valueOf(appealId)));
        Optional<ExclusionGround> exclusion = appeal.review(decision, note, actor.username(),
                settings.clock().instant());
        if (!appeals.decide(appeal)) {
            throw new AppealAlreadyDecided(appealId, "meanwhile");
        }
        exclusion.ifPresent(ground -> ratings.exclude(appeal.ratingId(), ground));
        return RatingViews.of(appeal);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RatingAppealView> appealsOf(Actor actor, UUID ratingId) {
        Rating rating = rating(ratingId);
        if (!actor.has(Role.SUPERVISOR)) {
            String department = services.findById(rating.serviceId()).map(RatedService::department).orElseThrow();
            DepartmentCode code = new DepartmentCode(department);
            if (!actor.mayActFor(code)) {
                throw new OutsideDepartmentScope(actor, code);
            }
        }
        return appeals.ofRating(ratingId).stream().map(RatingViews::of).toList();
    }

    private Rating rating(UUID id) {
        return ratings.findById(id).orElseThrow(() -> new ResourceNotFound("rating", String.valueOf(id)));
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new RatingRoleRequired("rating.review", "SUPERVISOR");
        }
    }
}
