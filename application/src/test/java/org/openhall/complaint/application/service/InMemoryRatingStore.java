package org.openhall.complaint.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFigures.Row;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingAppealRepository;
import org.openhall.complaint.application.port.out.RatingFiguresRepository;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingAppeal;
import org.openhall.complaint.domain.rating.RatingInvitation;
import org.openhall.complaint.domain.rating.Rectification;
import org.openhall.complaint.domain.rating.problem.AppealPending;
import org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/**
 * The rating side's secondary ports in memory, keeping the stores' rules: one service per reference, one
 * rating per service and channel, one undecided appeal per rating, versioned rectifications. The database's
 * own enforcement under concurrency is tested against PostgreSQL.
 */
final class InMemoryRatingStore implements RatedServiceRepository, RatingInvitationRepository,
        RatingFiguresRepository {

    final Map<UUID, RatedService> services = new LinkedHashMap<>();
    final Map<UUID, Rating> ratings = new LinkedHashMap<>();
    final Map<String, RatingInvitation> invitations = new LinkedHashMap<>();
    final Map<UUID, Rectification> rectifications = new LinkedHashMap<>();
    final Map<UUID, RatingAppeal> appeals = new LinkedHashMap<>();

    final RatingRepository ratingRepository = new RatingRepository() {
        @Override
        public void add(Rating rating, String number) {
            if (ratings.values().stream().anyMatch(r -> r.serviceId().equals(rating.serviceId())
                    && r.channel() == rating.channel())) {
                throw new RatingAlreadyGiven(number, rating.channel().name());
            }
            ratings.put(rating.id(), rating);
        }

        @Override
        public Optional<Rating> findById(UUID id) {
            return Optional.ofNullable(ratings.get(id));
        }

        @Override
        public void exclude(UUID id, ExclusionGround ground) {
            Rating r = ratings.get(id);
            if (r != null && r.excludedAs() == null) {
                ratings.put(id, new Rating(r.id(), r.serviceId(), r.channel(), r.level(), r.comment(), r.realName(),
                        r.ratedAt(), r.recordedBy(), ground));
            }
        }

    };

    final RectificationRepository rectificationRepository = new RectificationRepository() {
        @Override
        public void add(Rectification rectification) {
            rectifications.put(rectification.id(), copy(rectification, rectification.version()));
        }

        @Override
        public Rectification update(Rectification r) {
            Rectification stored = rectifications.get(r.id());
            if (stored == null || stored.version() != r.version()) {
                throw new ConcurrentUpdate("rectification", r.id().toString());
            }
            rectifications.put(r.id(), copy(r, r.version() + 1));
            return copy(rectifications.get(r.id()), r.version() + 1);
        }

        @Override
        public Optional<Rectification> findById(UUID id) {
            return Optional.ofNullable(rectifications.get(id)).map(r -> copy(r, r.version()));
        }

        @Override
        public Optional<Rectification> findByRating(UUID ratingId) {
            return rectifications.values().stream().filter(r -> r.ratingId().equals(ratingId)).findFirst();
        }

        @Override
        public List<Rectification> list(String department, boolean openOnly) {
            return rectifications.values().stream().filter(r -> department == null || r.department().equals(department))
                    .filter(r -> !openOnly || !r.closed()).sorted(Comparator.comparing(Rectification::dueOn))
                    .map(r -> copy(r, r.version())).toList();
        }

    };

    final RatingAppealRepository appealRepository = new RatingAppealRepository() {
        @Override
        public void add(RatingAppeal appeal) {
            if (appeals.values().stream().anyMatch(a -> a.ratingId().equals(appeal.ratingId()) && a.decision() == null)) {
                throw new AppealPending(appeal.ratingId());
            }
            appeals.put(appeal.id(), appeal);
        }

        @Override
        public boolean decide(RatingAppeal appeal) {
            appeals.put(appeal.id(), appeal);
            return true;
        }

        @Override
        public Optional<RatingAppeal> findById(UUID id) {
            return Optional.ofNullable(appeals.get(id));
        }

        @Override
        public List<RatingAppeal> ofRating(UUID ratingId) {
            return appeals.values().stream().filter(a -> a.ratingId().equals(ratingId)).toList();
        }

    };

    @Override
    public boolean addIfAbsent(RatedService service) {
        if (find(service.kind(), service.reference()).isPresent()) {
            return false;
        }
        services.put(service.id(), service);
        return true;
    }

    @Override
    public Optional<RatedService> find(RatedServiceKind kind, String reference) {
        return services.values().stream().filter(s -> s.kind() == kind && s.reference().equals(reference)).findFirst();
    }

    @Override
    public Optional<RatedService> findByNumber(RatedServiceKind kind, String number) {
        return services.values().stream().filter(s -> s.kind() == kind && s.number().equals(number)).findFirst();
    }

    @Override
    public Optional<RatedService> findById(UUID id) {
        return Optional.ofNullable(services.get(id));
    }

    @Override
    public void add(RatingInvitation invitation) {
        invitations.put(invitation.codeHash(), invitation);
    }

    @Override
    public Optional<RatingInvitation> findByCodeHash(String codeHash) {
        return Optional.ofNullable(invitations.get(codeHash));
    }

    @Override
    public List<Row> count(Dimension dimension, Instant from, Instant to, String department) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Rating r : ratings.values()) {
            RatedService s = services.get(r.serviceId());
            if (r.ratedAt().isBefore(from) || !r.ratedAt().isBefore(to)
                    || department != null && !department.equals(s.department())) {
                continue;
            }
            List<String> keys = switch (dimension) {
                case DEPARTMENT -> List.of(s.department());
                case ITEM -> List.of(s.subject());
                case STAFF -> s.handlers();
                case CHANNEL -> List.of(r.channel().name());
            };
            for (String key : keys) {
                long[] counts = rows.computeIfAbsent(key, k -> new long[6]);
                counts[r.excludedAs() == null ? r.level().score() - 1 : 5]++;
            }
        }
        List<Row> out = new ArrayList<>();
        rows.forEach((key, c) -> out.add(new Row(key, List.of(c[0], c[1], c[2], c[3], c[4]), c[5])));
        return out;
    }

    private static Rectification copy(Rectification r, long version) {
        return new Rectification(r.id(), r.ratingId(), r.number(), r.department(), r.assignees(), r.realName(),
                r.openedOn(), r.dueOn(), r.returnVisitDueOn(), r.reply(), r.returnVisit(), r.closedBy(), r.closedAt(),
                version);
    }
}
