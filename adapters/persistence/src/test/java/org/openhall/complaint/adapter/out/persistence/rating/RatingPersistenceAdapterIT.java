package org.openhall.complaint.adapter.out.persistence.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.complaint.application.port.in.RatingFigures.Dimension;
import org.openhall.complaint.application.port.in.RatingFigures.Row;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.port.out.RatingAppealRepository;
import org.openhall.complaint.application.port.out.RatingFiguresRepository;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.application.port.out.RatingRepository;
import org.openhall.complaint.application.port.out.RectificationRepository;
import org.openhall.complaint.domain.rating.AppealDecision;
import org.openhall.complaint.domain.rating.ExclusionGround;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.complaint.domain.rating.Rating;
import org.openhall.complaint.domain.rating.RatingAppeal;
import org.openhall.complaint.domain.rating.RatingChannel;
import org.openhall.complaint.domain.rating.RatingCode;
import org.openhall.complaint.domain.rating.RatingInvitation;
import org.openhall.complaint.domain.rating.RatingLevel;
import org.openhall.complaint.domain.rating.Rectification;
import org.openhall.complaint.domain.rating.RectificationReply;
import org.openhall.complaint.domain.rating.problem.AppealPending;
import org.openhall.complaint.domain.rating.problem.RatingAlreadyGiven;
import org.openhall.shared.adapter.out.persistence.PersistenceAdapterTest;
import org.openhall.shared.application.problem.ConcurrentUpdate;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The rating tables on PostgreSQL: one rating per event and channel under concurrency, append-only rows. */
@PersistenceAdapterTest
class RatingPersistenceAdapterIT {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired
    RatedServiceRepository services;
    @Autowired
    RatingRepository ratings;
    @Autowired
    RatingInvitationRepository invitations;
    @Autowired
    RectificationRepository rectifications;
    @Autowired
    RatingAppealRepository appeals;
    @Autowired
    RatingFiguresRepository figures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void empty() {
        jdbc.sql("TRUNCATE rating_appeal, rating_rectification, rating, rating_invitation, rating_service").update();
    }

    @Test
    void aServiceEventIsRegisteredOnceHowEverOftenItsEventComes() {
        RatedService first = service("CASE-1", "SCJG", "SCJG-001", List.of("clerk.scjg", "approver.scjg"));
        RatedService again = new RatedService(UUID.randomUUID(), first.kind(), first.reference(), first.number(),
                first.department(), first.subject(), first.handlers(), true, AT);

        assertThat(services.addIfAbsent(first)).isTrue();
        assertThat(services.addIfAbsent(again)).isFalse();
        assertThat(services.find(RatedServiceKind.CASE, "CASE-1")).contains(first);
        assertThat(services.findByNumber(RatedServiceKind.CASE, "N-CASE-1")).contains(first);
        assertThat(services.findById(again.id())).isEmpty();
    }

    @Test
    void ofTwoRatersOnTheSameChannelAtTheSameInstantExactlyOneGetsIn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                RatedService service = service("RACE-" + round, "SCJG", "SCJG-001", List.of("clerk.scjg"));
                services.addIfAbsent(service);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (int rater = 0; rater < 2; rater++) {
                    int level = rater + 4;
                    Callable<Boolean> attempt = () -> {
                        start.await();
                        try {
                            transactions.executeWithoutResult(tx -> ratings.add(rate(service, RatingChannel.PORTAL,
                                    level), service.number()));
                            return true;
                        } catch (RatingAlreadyGiven refused) {
                            return false;
                        }
                    };
                    attempts.add(pool.submit(attempt));
                }
                List<Boolean> outcomes = List.of(attempts.get(0).get(), attempts.get(1).get());
                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(true, false);
                assertThat(jdbc.sql("SELECT count(*) FROM rating WHERE service_id = :s").param("s", service.id())
                        .query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anotherChannelRatesTheSameEventAgain() {
        RatedService service = service("CASE-2", "SCJG", "SCJG-001", List.of("clerk.scjg"));
        services.addIfAbsent(service);
        ratings.add(rate(service, RatingChannel.WINDOW, 5), service.number());
        ratings.add(rate(service, RatingChannel.PORTAL, 2), service.number());

        assertThatThrownBy(() -> ratings.add(rate(service, RatingChannel.WINDOW, 4), service.number()))
                .isInstanceOf(RatingAlreadyGiven.class)
                .satisfies(p -> assertThat(((RatingAlreadyGiven) p).details()).containsEntry("channel", "WINDOW"));
    }

    @Test
    void aRatingIsNeverChangedNorDeletedAndIsExcludedOnlyOnce() {
        RatedService service = service("CASE-3", "SCJG", "SCJG-001", List.of("clerk.scjg"));
        services.addIfAbsent(service);
        Rating rating = rate(service, RatingChannel.PORTAL, 1);
        ratings.add(rating, service.number());

        assertThatThrownBy(() -> jdbc.sql("UPDATE rating SET level = 5 WHERE id = :id").param("id", rating.id())
                .update()).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM rating WHERE id = :id").param("id", rating.id()).update())
                .hasMessageContaining("never deleted");

        ratings.exclude(rating.id(), ExclusionGround.MALICIOUS);
        ratings.exclude(rating.id(), ExclusionGround.MISTAKEN);

        Rating stored = ratings.findById(rating.id()).orElseThrow();
        assertThat(stored.excludedAs()).isEqualTo(ExclusionGround.MALICIOUS);
        assertThat(stored.level()).isEqualTo(RatingLevel.VERY_DISSATISFIED);
        assertThat(stored.ratedAt()).isEqualTo(rating.ratedAt());
    }

    @Test
    void anInvitationIsFoundByItsCodeHashOnly() {
        RatedService service = service("CASE-4", "SCJG", "SCJG-001", List.of("clerk.scjg"));
        services.addIfAbsent(service);
        RatingCode code = RatingCode.random();
        RatingInvitation invitation = RatingInvitation.issue(code, service, "13800138000", AT, 7);
        invitations.add(invitation);

        assertThat(invitations.findByCodeHash(code.hash())).contains(invitation);
        assertThat(jdbc.sql("SELECT count(*) FROM rating_invitation WHERE phone_hash LIKE '%13800138000%' "
                + "OR code_hash = :code").param("code", code.grouped()).query(Long.class).single()).isZero();
    }

    @Test
    void aRectificationIsUpdatedUnderItsVersion() {
        RatedService service = service("CASE-5", "SCJG", "SCJG-001", List.of("clerk.scjg", "approver.scjg"));
        services.addIfAbsent(service);
        Rating rating = rate(service, RatingChannel.PORTAL, 2);
        ratings.add(rating, service.number());
        Rectification opened = Rectification.open(UUID.randomUUID(), rating, service, LocalDate.of(2026, 9, 30),
                NationalCalendars.heshan2025to2026(), 5, 10);
        rectifications.add(opened);

        Rectification first = rectifications.findById(opened.id()).orElseThrow();
        Rectification second = rectifications.findById(opened.id()).orElseThrow();
        first.reply(new RectificationReply("已整改", "approver.scjg", AT));
        Rectification stored = rectifications.update(first);
        second.reply(new RectificationReply("另一答复", "approver.scjg", AT));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.reply().text()).isEqualTo("已整改");
        assertThat(stored.assignees()).containsExactly("clerk.scjg", "approver.scjg");
        assertThat(stored.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThatThrownBy(() -> rectifications.update(second)).isInstanceOf(ConcurrentUpdate.class);
        assertThat(rectifications.list("SCJG", true)).extracting(Rectification::id).containsExactly(opened.id());
        assertThat(rectifications.list("WSJK", true)).isEmpty();
        assertThat(rectifications.findByRating(rating.id())).isPresent();
    }

    @Test
    void aRatingHasOneUndecidedAppealAtATime() {
        RatedService service = service("CASE-6", "SCJG", "SCJG-001", List.of("clerk.scjg"));
        services.addIfAbsent(service);
        Rating rating = rate(service, RatingChannel.PORTAL, 1);
        ratings.add(rating, service.number());
        RatingAppeal appeal = RatingAppeal.file(UUID.randomUUID(), rating, "SCJG", ExclusionGround.MISTAKEN, "误按",
                "approver.scjg", AT);
        appeals.add(appeal);

        assertThatThrownBy(() -> appeals.add(RatingAppeal.file(UUID.randomUUID(), rating, "SCJG",
                ExclusionGround.MALICIOUS, "恶意", "approver.scjg", AT))).isInstanceOf(AppealPending.class);

        appeal.review(AppealDecision.REJECTED, "属实", "supervisor", AT);
        assertThat(appeals.decide(appeal)).isTrue();
        assertThat(appeals.decide(appeal)).as("a decided appeal is not decided again").isFalse();
        appeals.add(RatingAppeal.file(UUID.randomUUID(), rating, "SCJG", ExclusionGround.MALICIOUS, "新证据",
                "approver.scjg", AT.plusSeconds(60)));
        assertThat(appeals.ofRating(rating.id())).extracting(RatingAppeal::decision)
                .containsExactly(AppealDecision.REJECTED, null);
    }

    @Test
    void figuresCountLevelsWithoutExcludedRatingsAndStaffOncePerHandler() {
        RatedService a = service("F-1", "SCJG", "SCJG-001", List.of("clerk.scjg", "approver.scjg"));
        RatedService b = service("F-2", "WSJK", "WSJK-003", List.of("clerk.wsjk"));
        services.addIfAbsent(a);
        services.addIfAbsent(b);
        Rating bad = rate(a, RatingChannel.PORTAL, 1);
        ratings.add(bad, a.number());
        ratings.add(rate(a, RatingChannel.WINDOW, 5), a.number());
        ratings.add(rate(b, RatingChannel.PORTAL, 2), b.number());
        ratings.add(rate(b, RatingChannel.WINDOW, 4), b.number());
        ratings.exclude(bad.id(), ExclusionGround.MALICIOUS);
        Instant from = AT.minusSeconds(3600);
        Instant to = AT.plusSeconds(3600);

        assertThat(figures.count(Dimension.DEPARTMENT, from, to, null)).containsExactly(
                new Row("SCJG", List.of(0L, 0L, 0L, 0L, 1L), 1),
                new Row("WSJK", List.of(0L, 1L, 0L, 1L, 0L), 0));
        assertThat(figures.count(Dimension.STAFF, from, to, "SCJG")).containsExactly(
                new Row("approver.scjg", List.of(0L, 0L, 0L, 0L, 1L), 1),
                new Row("clerk.scjg", List.of(0L, 0L, 0L, 0L, 1L), 1));
        assertThat(figures.count(Dimension.CHANNEL, from, to, null)).extracting(Row::key)
                .containsExactly("PORTAL", "WINDOW");
        assertThat(figures.count(Dimension.ITEM, from, to, null)).extracting(Row::key)
                .containsExactly("SCJG-001", "WSJK-003");
        assertThat(figures.count(Dimension.DEPARTMENT, to, to.plusSeconds(60), null)).isEmpty();
    }

    private static RatedService service(String reference, String department, String item, List<String> handlers) {
        return new RatedService(UUID.randomUUID(), RatedServiceKind.CASE, reference, "N-" + reference, department,
                item, handlers, true, AT);
    }

    private static Rating rate(RatedService service, RatingChannel channel, int level) {
        return service.rate(UUID.randomUUID(), channel, RatingLevel.ofScore(level), null, null, AT);
    }
}
