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
            AuditEntry entry = entryOf(context);
            try {
                trail.getObject().record(entry);
            } catch (RuntimeException failure) {
                LOG.error("AUDIT-LOST: {}", entry, failure);
            }
        }

        AuditEntry entryOf(ScheduledTaskObservationContext context) {
            Instant now = clock.instant();
            String job = context.getTargetClass().getSimpleName();
            String result = context.getError() == null ? "success"
                    : "error:" + context.getError().getClass().getSimpleName();
            return new AuditEntry(now, clock.getZone().getRules().getOffset(now), SYSTEM + job, "-",
                    "JOB " + job + "." + context.getMethod().getName(), "", result);
        }
    }
}
