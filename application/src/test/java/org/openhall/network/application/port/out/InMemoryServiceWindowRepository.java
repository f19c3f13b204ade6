package org.openhall.network.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.network.domain.WindowCode;

/** A {@link ServiceWindowRepository} in memory, for tests of the use cases. */
public class InMemoryServiceWindowRepository implements ServiceWindowRepository {

    private final Map<String, ServiceWindow> windows = new ConcurrentSkipListMap<>();

    @Override
    public Optional<ServiceWindow> findByCode(WindowCode code) {
        return Optional.ofNullable(windows.get(code.value()));
    }

    @Override
    public List<ServiceWindow> findAll() {
        return List.copyOf(windows.values());
    }

    @Override
    public List<ServiceWindow> findByHall(HallCode hall) {
        return windows.values().stream().filter(w -> w.hall().equals(hall)).toList();
    }

    @Override
    public void save(ServiceWindow window) {
        windows.put(window.code().value(), window);
    }

    @Override
    public boolean delete(WindowCode code) {
        return windows.remove(code.value()) != null;
    }
}
