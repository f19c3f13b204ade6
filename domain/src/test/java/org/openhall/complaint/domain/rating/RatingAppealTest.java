package org.openhall.complaint.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.complaint.domain.rating.problem.AppealAlreadyDecided;
import org.openhall.complaint.domain.rating.problem.AppealNotForGoodRating;
import org.openhall.shared.domain.InvalidValue;

class RatingAppealTest {

    private static final Instant FILED = Instant.parse("2026-10-09T03:00:00Z");

    private final RatedService service = RatingFixtures.endedCase();

    @Test
    void anUpheldAppealExcludesTheRatingOnItsGroundAndIsDecidedOnce() {
        RatingAppeal appeal = RatingAppeal.file(UUID.randomUUID(), RatingFixtures.rating(service, 1), "SCJG",
                ExclusionGround.MALICIOUS, "评价内容与办件无关，系辱骂", "approver.scjg", FILED);

        assertThat(appeal.review(AppealDecision.UPHELD, "经核实属恶意评价", "supervisor", FILED.plusSeconds(60)))
                .contains(ExclusionGround.MALICIOUS);
        assertThat(appeal.reviewedBy()).isEqualTo("supervisor");
        assertThatThrownBy(() -> appeal.review(AppealDecision.REJECTED, "再议", "supervisor", FILED))
                .isInstanceOf(AppealAlreadyDecided.class);
    }

    @Test
    void aRejectedAppealExcludesNothing() {
        RatingAppeal appeal = RatingAppeal.file(UUID.randomUUID(), RatingFixtures.rating(service, 2), "SCJG",
                ExclusionGround.MISTAKEN, "群众误按", "approver.scjg", FILED);

        assertThat(appeal.review(AppealDecision.REJECTED, "回访确认评价属实", "supervisor", FILED)).isEmpty();
        assertThat(appeal.decision()).isEqualTo(AppealDecision.REJECTED);
    }

    @Test
    void onlyABadRatingIsAppealedAndOnlyWithAReason() {
        assertThatThrownBy(() -> RatingAppeal.file(UUID.randomUUID(), RatingFixtures.rating(service, 3), "SCJG",
                ExclusionGround.MISTAKEN, "误评", "approver.scjg", FILED)).isInstanceOf(AppealNotForGoodRating.class);
        assertThatThrownBy(() -> RatingAppeal.file(UUID.randomUUID(), RatingFixtures.rating(service, 1), "SCJG",
                ExclusionGround.MISTAKEN, " ", "approver.scjg", FILED)).isInstanceOf(InvalidValue.class);
    }
}
