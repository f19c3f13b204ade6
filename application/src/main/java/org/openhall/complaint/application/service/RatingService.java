package org.openhall.complaint.application.service;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.complaint.application.port.in.RateServiceUseCase;
import org.openhall.complaint.application.port.in.RateWithCodeCommand;
import org.openhall.complaint.application.port.in.RatingRoleRequired;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.application.port.in.RecordRatingCommand;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.complaint.domain.rating.RatingCode;
import org.openhall.complaint.domain.rating.RatingInvitation;
import org.openhall.complaint.domain.rating.RatingLevel;
import org.openhall.complaint.domain.rating.Rectification;
import org.openhall.complaint.domain.rating.problem.RatingCodeUnknown;
import org.openhall.complaint.domain.rating.problem.ServiceNotRatable;
import org.openhall.shared.application.problem.OutsideDepartmentScope;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.DepartmentCode;
import org.openhall.shared.domain.access.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes ratings in: by rating code from the citizen, or recorded by staff in front of the citizen. The rating
 * and, for a bad one, its rectification are written in one transaction; a second rating of the same event on
 * the same channel is refused by the store's unique key and writes nothing.
 */
@Application
public class RatingService implements RateServiceUseCase {

    private final RatedServiceRepository services;
    private final RatingInvitationRepository invitations;
    private final RatingRepository ratings;
    private final RectificationRepository rectifications;
    private final RatingSettings settings;

    public RatingService(RatedServiceRepository services, RatingInvitationRepository invitations,
            RatingRepository ratings, RectificationRepository rectifications, RatingSettings settings) {
        this.services = services;
        this.invitations = invitations;
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.settings = settings;
    }

    @Override
    @Transactional
    public RatingView rateWithCode(RateWithCodeCommand command) {
        if (command.channel() == null || !command.channel().byInvitation()) {
            throw new InvalidValue("channel", "a rating code rates on PORTAL, SMS or APP");
        }
        RatingLevel level = RatingLevel.ofScore(command.level());
        RatingCode code = RatingCode.parse(command.code());
        RatingInvitation invitation = invitations.findByCodeHash(code.hash()).orElseThrow(RatingCodeUnknown::new);
        Instant now = settings.clock().instant();
        invitation.redeem(code, command.phone(), now);
        RatedService service = services.findById(invitation.serviceId()).orElseThrow(RatingCodeUnknown::new);
        return give(service, command.channel(), level, command.comment(), null, now);
    }

    @Override
    @Transactional
    public RatingView record(RecordRatingCommand command) {
        Actor actor = command.actor();
        RatingLevel level = RatingLevel.ofScore(command.level());
        if (command.kind() == null || command.number() == null || command.number().isBlank()) {
            throw new InvalidValue("number", "names the case or ticket rated");
        }
        RatedService service = services.findByNumber(command.kind(), command.number().strip())
                .orElseThrow(() -> new ServiceNotRatable(command.kind().name(), command.number()));
        if (command.channel() == RatingChannel.WINDOW) {
            if (!actor.has(Role.CLERK)) {
                throw new RatingRoleRequired("rating.window", "CLERK");
            }
            DepartmentCode department = new DepartmentCode(service.department());
            if (!actor.mayActFor(department)) {
                throw new OutsideDepartmentScope(actor, department);
            }
        } else if (command.channel() == RatingChannel.HOTLINE) {
            if (!actor.has(Role.HOTLINE_OPERATOR) && !actor.has(Role.SUPERVISOR)) {
                throw new RatingRoleRequired("rating.hotline", "HOTLINE_OPERATOR, SUPERVISOR");
            }
        } else {
            throw new InvalidValue("channel", "staff record ratings on WINDOW or HOTLINE only");
        }
        return give(service, command.channel(), level, command.comment(), actor.username(),
                settings.clock().instant());
    }

    private RatingView give(RatedService service, RatingChannel channel, RatingLevel level, String comment,
            String recordedBy, Instant now) {
        Rating rating = service.rate(UUID.randomUUID(), channel, level, comment, recordedBy, now);
        ratings.add(rating, service.number());
        UUID rectificationId = null;
        if (rating.bad()) {
            Rectification rectification = Rectification.open(UUID.randomUUID(), rating, service,
                    now.atZone(settings.zone()).toLocalDate(), settings.calendar(),
                    settings.rectificationWorkingDays(), settings.returnVisitWorkingDays());
            rectifications.add(rectification);
            rectificationId = rectification.id();
        }
        return RatingViews.of(rating, service, rectificationId);
    }
}
