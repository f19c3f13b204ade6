package org.openhall.supervision.adapter.out.persistence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jmolecules.event.types.DomainEvent;
import org.openhall.shared.application.CentreProfile;
import org.openhall.shared.application.ChangeOutcome;
import org.openhall.shared.application.port.in.CountyParameters;
import org.openhall.shared.application.port.out.DomainEventPublisher;
import org.openhall.shared.domain.calendar.JurisdictionCode;
import org.openhall.shared.domain.calendar.NationalCalendars;
import org.openhall.supervision.application.service.SupervisionSettings;
import org.openhall.supervision.domain.SupervisedCase;

/** The pieces around the supervision adapters that their tests need: settings, a case factory, an event sink. */
final class SupervisionTestbed {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private SupervisionTestbed() {
    }

    /** The centre's settings with the pack's defaults and the national 2025–2026 calendar. */
    static SupervisionSettings defaultSettings() {
        return new SupervisionSettings(new NoParameters(),
                jurisdiction -> NationalCalendars.china2025to2026(),
                new CentreProfile("测试中心", new JurisdictionCode("451381"), "451381", CHINA));
    }

    /** An accepted case of {@code department}, promised by {@code promisedDue}, with its first check planned. */
    static SupervisedCase acceptedCase(String caseId, String department, LocalDate acceptedOn, LocalDate promisedDue) {
        SupervisedCase c = SupervisedCase.firstSeen(caseId, "HS-" + caseId, department);
        c.submitted(department + "-001", "W01", "WINDOW", false, acceptedOn);
        c.accepted(acceptedOn, NationalCalendars.china2025to2026().addWorkingDays(acceptedOn, 20), promisedDue);
        c.planFirstCheck(defaultSettings().rules(), NationalCalendars.china2025to2026());
        return c;
    }

    /** Collects what is published. */
    static final class Published implements DomainEventPublisher {

        final List<DomainEvent> events = new CopyOnWriteArrayList<>();

        @Override
        public void publish(List<DomainEvent> published) {
            events.addAll(published);
        }
    }

    /** A county that sets no supervision parameter. */
    private static final class NoParameters implements CountyParameters {

        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> all() {
            return new TreeMap<>();
        }

        @Override
        public ChangeOutcome put(String key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangeOutcome remove(String key) {
            throw new UnsupportedOperationException();
        }
    }
}
