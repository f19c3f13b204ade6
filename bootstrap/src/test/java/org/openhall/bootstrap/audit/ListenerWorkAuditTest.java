package org.openhall.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.complaint.application.port.out.RatedServiceRepository;
import org.openhall.complaint.application.service.RatableServiceRegistrar;
import org.openhall.complaint.domain.event.TicketFollowedUp;
import org.openhall.complaint.domain.event.TicketOverdue;
import org.openhall.complaint.domain.rating.RatedService;
import org.openhall.complaint.domain.rating.RatedServiceKind;
import org.openhall.disclosure.domain.event.CatalogEntryPublicationOverdue;
import org.openhall.notification.application.service.CaseEventNotices;
import org.openhall.servicecase.domain.event.CaseAccepted;
import org.openhall.servicecase.domain.event.CaseCompleted;
import org.openhall.servicecase.domain.event.CaseEvent;
import org.openhall.supervision.application.service.CaseEventProjector;
import org.openhall.supervision.application.service.PublicationLatenessProjector;
import org.openhall.supervision.application.service.SupervisionFeedService;
import org.openhall.supervision.application.service.TicketLatenessProjector;
import org.springframework.aop.Advisor;
import org.springframework.aop.PointcutAdvisor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.micrometer.observation.ObservationRegistry;

/**
 * The listeners a supervisor follows are recorded, each handled event once, after the listener
 * returned or failed; the SMS notices and the supervision feed are not.
 */
class ListenerWorkAuditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-29T03:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final ScheduledJobAuditTest.Trail trail = new ScheduledJobAuditTest.Trail();
    private final Advisor advisor = advisorRecordingInto(trail);

    @Test
    void theAsynchronousListenersThatChangeWhatASupervisorFollowsAreAdvisedTheNoticesTheFeedAndTheCaseProjectionAreNot() throws Exception {
        assertThat(advises(RatableServiceRegistrar.class, "on", TicketFollowedUp.class)).isTrue();
        assertThat(advises(RatableServiceRegistrar.class, "on", CaseCompleted.class)).isTrue();
        assertThat(advises(PublicationLatenessProjector.class, "on", CatalogEntryPublicationOverdue.class)).isTrue();
        assertThat(advises(TicketLatenessProjector.class, "on", TicketOverdue.class)).isTrue();

        assertThat(advises(CaseEventProjector.class, "on", CaseEvent.class))
                .as("the case projection runs in the change's transaction: the request's record covers it").isFalse();
        assertThat(advises(CaseEventNotices.class, "on", CaseAccepted.class)).as("SMS notices").isFalse();
        assertThat(advises(SupervisionFeedService.class, "on", CaseEvent.class)).as("the feed relay").isFalse();
    }

    @Test
    void aHandledEventIsRecordedWithTheListenerAsActorAndTheCaseAndSequenceAsObject() {
        RatedServiceRepository services = mock(RatedServiceRepository.class);
        when(services.find(any(), any())).thenReturn(Optional.of(new RatedService(UUID.randomUUID(),
                RatedServiceKind.CASE, "c-1", "HS-1", "SCJG", "SCJG-001", List.of(), true, CLOCK.instant())));
        RatableServiceRegistrar registrar = proxied(
                new RatableServiceRegistrar(services, null, null, null, null, null, null));

        registrar.on(new CaseCompleted("c-1", "HS-1", "SCJG", 7, "approver.scjg", CLOCK.instant(),
                LocalDate.parse("2026-09-29"), "APPROVED", null, null, true, true, null));

        assertThat(trail.entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("system:RatableServiceRegistrar");
            assertThat(entry.action()).isEqualTo("EVENT RatableServiceRegistrar.on(CaseCompleted)");
            assertThat(entry.object()).isEqualTo("case=c-1,sequence=7");
            assertThat(entry.result()).isEqualTo("success");
            assertThat(entry.sourceAddress()).isEqualTo("-");
            assertThat(entry.occurredAt()).isEqualTo(CLOCK.instant());
        });
    }

    @Test
    void aFailedListenerIsRecordedWithItsErrorAndStillFailsSoThatTheEventIsDeliveredAgain() {
        // Without its raiser and settings the projector fails on the first thing it touches.
        TicketLatenessProjector projector = proxied(new TicketLatenessProjector(null, null));
        TicketOverdue late = new TicketOverdue("t-9", "HS-T-9", "complaint", "SCJG", LocalDate.parse("2026-09-28"),
                CLOCK.instant());

        assertThatThrownBy(() -> projector.on(late)).isInstanceOf(NullPointerException.class);

        assertThat(trail.entries).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::object,
                AuditEntry::result).containsExactly(tuple(
                        "system:TicketLatenessProjector", "EVENT TicketLatenessProjector.on(TicketOverdue)",
                        "ticketId=t-9", "error:NullPointerException"));
    }

    private boolean advises(Class<?> listener, String method, Class<?> event) throws NoSuchMethodException {
        PointcutAdvisor pointcut = (PointcutAdvisor) advisor;
        return pointcut.getPointcut().getClassFilter().matches(listener)
                && pointcut.getPointcut().getMethodMatcher().matches(listener.getMethod(method, event), listener);
    }

    @SuppressWarnings("unchecked")
    private <T> T proxied(T listener) {
        ProxyFactory factory = new ProxyFactory(listener);
        factory.setProxyTargetClass(true);
        factory.addAdvisor(advisor);
        return (T) factory.getProxy();
    }

    private static Advisor advisorRecordingInto(ScheduledJobAuditTest.Trail trail) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("trail", trail));
        ScheduledJobAudit audit = new ScheduledJobAudit(beans.getBeanProvider(ObservationRegistry.class),
                beans.getBeanProvider(RecordAuditEntryUseCase.class), CLOCK, Set.of());
        StaticListableBeanFactory auditBean = new StaticListableBeanFactory(Map.of("audit", audit));
        return ListenerWorkAudit.listenerWorkAuditAdvisor(auditBean.getBeanProvider(ScheduledJobAudit.class));
    }
}
