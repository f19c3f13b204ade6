package org.openhall.participation.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingRegistration;
import org.openhall.participation.domain.HearingRegistrationSnapshot;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link HearingRegistrationRepository} in memory, for tests. */
public class InMemoryHearingRegistrationRepository implements HearingRegistrationRepository {

    private final Map<RegistrationId, HearingRegistrationSnapshot> registrations = new LinkedHashMap<>();

    @Override
    public synchronized Optional<HearingRegistration> findById(RegistrationId id) {
        return Optional.ofNullable(registrations.get(id)).map(HearingRegistration::restore);
    }

    @Override
    public synchronized HearingRegistration save(HearingRegistration registration) {
        HearingRegistrationSnapshot snapshot = registration.snapshot();
        if (registrations.containsKey(snapshot.id()) || snapshot.version() != 0) {
            throw new ConcurrentUpdate("registration", snapshot.id().toString());
        }
        HearingRegistrationSnapshot stored = Versions.withVersion(snapshot, 1);
        registrations.put(stored.id(), stored);
        return HearingRegistration.restore(stored);
    }

    @Override
    public synchronized List<HearingRegistration> findByHearing(HearingId hearingId) {
        return registrations.values().stream().filter(r -> r.hearingId().equals(hearingId))
                .sorted(Comparator.comparing(HearingRegistrationSnapshot::registeredAt)
                        .thenComparing(r -> r.id().value()))
                .map(HearingRegistration::restore).toList();
    }
}
