package org.openhall.bootstrap.supervision;

import java.util.function.ToDoubleFunction;

import org.openhall.supervision.application.port.in.SupervisionGauges;
import org.openhall.supervision.application.port.in.SupervisionGaugesQuery;
import org.openhall.supervision.domain.WarningLevel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The supervision gauges for Prometheus ({@code /actuator/prometheus}): open cases, cases near
 * their due date, overdue cases and standing warnings by level. Read when scraped; each read
 * costs a few index-only counts.
 */
class SupervisionMetrics implements MeterBinder {

    private final SupervisionGaugesQuery gauges;

    SupervisionMetrics(SupervisionGaugesQuery gauges) {
        this.gauges = gauges;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "openhall.supervision.cases.open", "Cases not yet completed, refused or withdrawn",
                SupervisionGauges::openCases);
        gauge(registry, "openhall.supervision.cases.near.due", "Open cases within the warning threshold of their due date",
                SupervisionGauges::nearDue);
        gauge(registry, "openhall.supervision.cases.overdue", "Open cases past their watched due date",
                SupervisionGauges::overdue);
        for (WarningLevel level : WarningLevel.values()) {
            Gauge.builder("openhall.supervision.warnings", gauges, q -> q.gauges().warnings().getOrDefault(level, 0L))
                    .description("Warnings and cards that stand (not revoked)").tag("level", level.name())
                    .register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToDoubleFunction<SupervisionGauges> value) {
        Gauge.builder(name, gauges, q -> value.applyAsDouble(q.gauges())).description(description).register(registry);
    }
}
