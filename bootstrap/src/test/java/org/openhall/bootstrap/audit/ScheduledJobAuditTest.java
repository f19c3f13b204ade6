package org.openhall.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.domain.AuditEntry;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Scheduled jobs are audited without knowing it: real {@code @Scheduled} methods in a Spring
 * context, and the audit records their runs, failed ones with the failure, quiet ones only when
 * they fail.
 */
class ScheduledJobAuditTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T16:05:00Z"), ZoneId.of("Asia/Shanghai"));

    /** Collects what the audit is asked to record. */
    static final class Trail implements RecordAuditEntryUseCase {
        final BlockingQueue<AuditEntry> entries = new LinkedBlockingQueue<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }
    }

    static final class NightlyJob {
        final AtomicInteger runs = new AtomicInteger();

        @Scheduled(fixedDelay = 60_000)
        void run() {
            if (runs.incrementAndGet() > 0) {
                throw new IllegalStateException("no calendar for next year");
            }
        }
    }

    static final class RetryJob {
        @Scheduled(fixedDelay = 60_000)
        void retry() {
        }
    }

    /**
     * Not a {@code @Configuration}: the pack commands' component scan of {@code org.openhall} would
     * find it on the test class path; registered by the runner, its {@code @Bean}s still count.
     */
    @EnableScheduling
    static class Jobs {
        @Bean
        NightlyJob nightlyJob() {
            return new NightlyJob();
        }

        @Bean
        RetryJob retryJob() {
            return new RetryJob();
        }

        @Bean
        Trail trail() {
            return new Trail();
        }

        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @Test
    void aRealScheduledRunIsRecordedWithTheJobAsActorAndItsFailure() {
        new ApplicationContextRunner().withUserConfiguration(Jobs.class, ScheduledJobAudit.class)
                .withPropertyValues("openhall.audit.jobs.quiet=RetryJob")
                .run(context -> {
                    Trail trail = context.getBean(Trail.class);
                    AuditEntry first = trail.entries.poll(30, TimeUnit.SECONDS);
                    assertThat(first).as("a scheduled run was recorded").isNotNull();
                    assertThat(first.actor()).isEqualTo("system:NightlyJob");
                    assertThat(first.action()).isEqualTo("JOB NightlyJob.run");
                    assertThat(first.result()).isEqualTo("error:IllegalStateException");
                    assertThat(first.sourceAddress()).isEqualTo("-");
                    assertThat(first.occurredAt()).isEqualTo(CLOCK.instant());
                    assertThat(first.offset().getId()).isEqualTo("+08:00");
                });
    }

    @Test
    void quietJobsAreRecordedOnlyWhenTheyFailOthersAlways() throws Exception {
        Trail trail = new Trail();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("trail", trail));
        ScheduledJobAudit audit = new ScheduledJobAudit(beans.getBeanProvider(ObservationRegistry.class),
                beans.getBeanProvider(RecordAuditEntryUseCase.class), CLOCK, Set.of("RetryJob"));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        audit.configureTasks(registrar);
        ObservationRegistry registry = registrar.getObservationRegistry();

        run(registry, new RetryJob(), "retry", false);
        assertThat(trail.entries).as("a quiet job's success").isEmpty();
        run(registry, new AuditChainSchedule(() -> 0), "chain", false);
        assertThat(trail.entries).as("the chainer's success, though not listed as quiet").isEmpty();
        run(registry, new RetryJob(), "retry", true);
        run(registry, new NightlyJob(), "run", false);

        assertThat(trail.entries).extracting(AuditEntry::action, AuditEntry::result).containsExactly(
                tuple("JOB RetryJob.retry", "error:IllegalStateException"), tuple("JOB NightlyJob.run", "success"));
    }

    private static void run(ObservationRegistry registry, Object job, String method, boolean fail)
            throws NoSuchMethodException {
        Method m = job.getClass().getDeclaredMethod(method);
        Observation observation = Observation.createNotStarted("tasks.scheduled.execution",
                () -> new ScheduledTaskObservationContext(job, m), registry);
        try {
            observation.observe(() -> {
                if (fail) {
                    throw new IllegalStateException("broker unreachable");
                }
            });
        } catch (IllegalStateException expected) {
            // The job's own failure; the audit has seen it.
        }
    }
}
