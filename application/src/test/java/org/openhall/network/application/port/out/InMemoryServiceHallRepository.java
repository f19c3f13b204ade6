package org.openhall.network.application.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;

/** A {@link ServiceHallRepository} in memory, for tests of the use cases. */
public class InMemoryServiceHallRepository implements ServiceHallRepository {

    private final Map<HallCode, ServiceHall> halls = new ConcurrentHashMap<>();

    @Override
    public Optional<ServiceHall> findByCode(HallCode code) {
        return Optional.ofNullable(halls.get(code));
    }

    @Override
    public List<ServiceHall> findAll() {
        return halls.values().stream()
                .sorted(Comparator.comparing((ServiceHall h) -> h.level().ordinal()).thenComparing(h -> h.code().value()))
                .toList();
    }

    @Override
    public void save(ServiceHall hall) {
        halls.put(hall.code(), hall);
    }
}
