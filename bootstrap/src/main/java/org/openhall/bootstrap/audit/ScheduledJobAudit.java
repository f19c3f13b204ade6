package org.openhall.bootstrap.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openhall.audit.application.port.in.RecordAuditEntryUseCase;
import org.openhall.audit.domain.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

/**
 * Records every run of every {@code @Scheduled} job in the audit trail (deemed acceptance, sweeps,
 * the chain head …), with the job as the actor ({@code system:<class>}): Spring observes each
 * scheduled run, and this handler turns the finished observation into a record. A job added later
 * is covered without anyone remembering to call the audit.
 *
 * <p>The other work done without an HTTP request is recorded through {@link #record} as well, so that
 * every such record is built and its loss reported the same way: county pack imports and the event
 * listeners whose changes the trail follows ({@link ListenerWorkAudit}).
 *
 * <p>A job's individual changes are in its context's own history (e.g. a case's transitions); the
 * trail records that the job ran, when, and whether it failed. Jobs that run every few seconds to
 * retry deliveries, whose every delivery is kept in their own tables, can be listed in
 * {@code openhall.audit.jobs.quiet} (class names): their successful runs are then not recorded,
 * their failures still are.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduledJobAudit implements SchedulingConfigurer {

    /** The actor prefix of scheduled jobs. */
    public static final String SYSTEM = "system:";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobAudit.class);

    private final ObjectProvider<ObservationRegistry> registries;
    private final ObjectProvider<RecordAuditEntryUseCase> trail;
    private final Clock clock;
    private final Set<String> quiet;

    public ScheduledJobAudit(ObjectProvider<ObservationRegistry> registries,
            ObjectProvider<RecordAuditEntryUseCase> trail, Clock clock,
            @Value("${openhall.audit.jobs.quiet:}") Set<String> quiet) {
        this.registries = registries;
        this.trail = trail;
        this.clock = clock;
        // The chainer runs every second and its work is the chain itself: recording its runs would
        // feed it a record a second for ever, whatever the configuration lists.
        this.quiet = Stream.concat(quiet.stream(), Stream.of(AuditChainSchedule.class.getSimpleName()))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        ObservationRegistry registry = registrar.getObservationRegistry() != null
                && !registrar.getObservationRegistry().isNoop() ? registrar.getObservationRegistry()
                        : registries.getIfAvailable(ObservationRegistry::create);
        registry.observationConfig().observationHandler(new JobRunHandler());
        registrar.setObservationRegistry(registry);
    }

    /** Records the end of each scheduled run. */
    final class JobRunHandler implements ObservationHandler<ScheduledTaskObservationContext> {

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof ScheduledTaskObservationContext;
        }

        @Override
        public void onStop(ScheduledTaskObservationContext context) {
            if (context.getError() == null && quiet.contains(context.getTargetClass().getSimpleName())) {
                return;
            }
            String job = context.getTargetClass().getSimpleName();
            record(SYSTEM + job, "JOB " + job + "." + context.getMethod().getName(), "", context.getError());
        }
    }

    /**
     * Records one piece of work done without a request: now (from the clock), from no address ({@code -}),
     * with {@code success} or {@code error:<exception class>} as its result. The exception's message is
     * left out: it may quote the data the work was about. A record that cannot be written is logged as
     * {@code AUDIT-LOST} and the work goes on: it is done already, and its record is evidence, not a
     * condition.
     *
     * @param actor   {@code system:<job or listener>}, or whoever ran a command
     * @param action  what was done, e.g. {@code JOB DeemedAcceptanceSchedule.run}
     * @param object  what it was done to, {@code name=value} pairs; empty when nothing is named
     * @param failure why the work failed, or {@code null} when it succeeded
     */
    public void record(String actor, String action, String object, Throwable failure) {
        Instant now = clock.instant();
        String result = failure == null ? "success" : "error:" + failure.getClass().getSimpleName();
        try {
            trail.getObject().record(new AuditEntry(now, clock.getZone().getRules().getOffset(now), actor, "-",
                    action, object, result));
        } catch (RuntimeException lost) {
            LOG.error("AUDIT-LOST: at={} actor={} action={} object={} result={}", now, actor, action, object, result,
                    lost);
        }
    }
}
