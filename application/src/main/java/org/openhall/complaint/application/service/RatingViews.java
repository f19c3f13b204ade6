package org.openhall.complaint.application.service;

import java.time.LocalDate;
import java.util.UUID;

import org.openhall.complaint.application.port.in.RatingAppealView;
import org.openhall.complaint.application.port.in.RatingView;
import org.openhall.complaint.application.port.in.RectificationView;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingAppeal;
import org.openhall.complaint.domain.rating.Rectification;

/** Turns the rating domain into the views the primary ports hand out: never a rater's identity. */
final class RatingViews {

    private RatingViews() {
    }

    static RatingView of(Rating r, RatedService service, UUID rectificationId) {
        return new RatingView(r.id(), service.kind(), service.number(), service.department(), r.channel(),
                r.level().score(), r.level().chineseName(), r.bad(), r.comment(), r.ratedAt(), r.excludedAs(),
                rectificationId);
    }

    static RectificationView of(Rectification r, LocalDate today) {
        return new RectificationView(r.id(), r.ratingId(), r.number(), r.department(), r.assignees(), r.realName(),
                r.openedOn(), r.dueOn(), r.returnVisitDueOn(), r.overdueOn(today),
                r.reply() == null ? null : r.reply().text(), r.reply() == null ? null : r.reply().repliedBy(),
                r.reply() == null ? null : r.reply().repliedAt(),
                r.returnVisit() == null ? null : r.returnVisit().caller(),
                r.returnVisit() == null ? null : r.returnVisit().calledAt(),
                r.returnVisit() == null ? null : r.returnVisit().outcome(), r.closedBy(), r.closedAt(), r.version());
    }

    static RatingAppealView of(RatingAppeal a) {
        return new RatingAppealView(a.id(), a.ratingId(), a.department(), a.ground(), a.reason(), a.filedBy(),
                a.filedAt(), a.decision(), a.reviewedBy(), a.reviewedAt(), a.reviewNote());
    }
}
