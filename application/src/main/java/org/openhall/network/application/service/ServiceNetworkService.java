package org.openhall.network.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.catalog.application.port.in.ApprovalItemQuery;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallDetailView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ItemRef;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.in.WindowItemView;
import org.openhall.network.application.port.in.WindowView;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.application.port.out.ServiceWindowRepository;
import org.openhall.network.domain.HallCode;
import org.openhall.network.domain.ServiceHall;
import org.openhall.network.domain.ServiceWindow;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the service network: halls at three levels with their items and windows, departments. */
@Application
public class ServiceNetworkService implements ServiceNetworkQuery {

    private final ServiceHallRepository halls;
    private final DepartmentRepository departments;
    private final ServiceWindowRepository windows;
    private final ApprovalItemQuery catalog;

    public ServiceNetworkService(ServiceHallRepository halls, DepartmentRepository departments,
            ServiceWindowRepository windows, ApprovalItemQuery catalog) {
        this.halls = halls;
        this.departments = departments;
        this.windows = windows;
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HallView> halls() {
        return halls.findAll().stream().map(ServiceNetworkService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public HallDetailView hall(HallCode code) {
        ServiceHall hall = halls.findByCode(code).orElseThrow(() -> new ResourceNotFound("hall", code.value()));
        PublishedCatalog published = PublishedCatalog.read(catalog);
        List<ItemRef> items = hall.items().stream()
                .map(item -> new ItemRef(item.value(), published.nameOf(item.value()))).toList();
        return new HallDetailView(view(hall), items,
                windows.findByHall(code).stream().map(w -> view(w, published)).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WindowView> windows(HallCode hall) {
        List<ServiceWindow> found;
        if (hall == null) {
            found = windows.findAll();
        } else {
            if (halls.findByCode(hall).isEmpty()) {
                throw new ResourceNotFound("hall", hall.value());
            }
            found = windows.findByHall(hall);
        }
        PublishedCatalog published = PublishedCatalog.read(catalog);
        return found.stream().map(w -> view(w, published)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DepartmentView> departments() {
        return departments.findAll().stream()
                .map(d -> new DepartmentView(d.code().value(), d.name(), d.stationed())).toList();
    }

    private static HallView view(ServiceHall h) {
        return new HallView(h.code().value(), h.name(), h.level(), h.parent() == null ? null : h.parent().value(),
                h.address(), h.openingHours());
    }

    private static WindowView view(ServiceWindow w, PublishedCatalog published) {
        return new WindowView(w.code().value(), w.hall().value(), w.name(), w.kind(),
                w.department() == null ? null : w.department().value(),
                w.items().stream().map(i -> new WindowItemView(
                        new ItemRef(i.item().value(), published.nameOf(i.item().value())), i.decidedAtWindow()))
                        .toList(),
                w.postA().value(), w.postB() == null ? null : w.postB().value());
    }
}
