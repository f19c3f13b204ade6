package org.openhall.complaint.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class RatingTest {

    @Test
    void aRatingOfACaseIsRealNameAndCountsUntilExcluded() {
        RatedService service = RatingFixtures.endedCase();

        Rating rating = RatingFixtures.rating(service, 2);

        assertThat(rating.serviceId()).isEqualTo(service.id());
        assertThat(rating.realName()).isTrue();
        assertThat(rating.bad()).isTrue();
        assertThat(rating.counted()).isTrue();
        assertThat(rating.recordedBy()).isNull();
    }

    @Test
    void aTicketCallerWhoGaveNoNameRatesAnonymously() {
        assertThat(RatingFixtures.rating(RatingFixtures.anonymousTicket(), 1).realName()).isFalse();
    }

    @Test
    void aBlankCommentIsNoCommentAndALongOneIsRefused() {
        RatedService service = RatingFixtures.endedCase();
        Rating blank = service.rate(UUID.randomUUID(), RatingChannel.WINDOW, RatingLevel.SATISFIED, "  ", "clerk.scjg",
                RatingFixtures.BEFORE_NATIONAL_DAY);

        assertThat(blank.comment()).isNull();
        assertThat(blank.recordedBy()).isEqualTo("clerk.scjg");
        assertThatThrownBy(() -> service.rate(UUID.randomUUID(), RatingChannel.WINDOW, RatingLevel.SATISFIED,
                "慢".repeat(Rating.MAX_COMMENT + 1), "clerk.scjg", RatingFixtures.BEFORE_NATIONAL_DAY))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void onlyTheCodeChannelsNeedARatingCode() {
        assertThat(RatingChannel.values()).filteredOn(RatingChannel::byInvitation)
                .containsExactly(RatingChannel.PORTAL, RatingChannel.SMS, RatingChannel.APP);
    }
}
