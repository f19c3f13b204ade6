package org.openhall.network.application.service;

import java.util.List;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.RegisterHallCommand;
import org.openhall.network.application.port.in.RegisterNetworkUseCase;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.application.port.out.DepartmentRepository;
import org.openhall.network.application.port.out.ServiceHallRepository;
import org.openhall.network.domain.Department;
import org.openhall.network.domain.ServiceHall;
import org.openhall.shared.application.problem.ResourceNotFound;
import org.springframework.transaction.annotation.Transactional;

/** The service network's use cases: halls at three levels and departments. */
@Application
public class ServiceNetworkService implements ServiceNetworkQuery, RegisterNetworkUseCase {

    private final ServiceHallRepository halls;
    private final DepartmentRepository departments;

    public ServiceNetworkService(ServiceHallRepository halls, DepartmentRepository departments) {
        this.halls = halls;
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HallView> halls() {
        return halls.findAll().stream().map(h -> new HallView(h.code().value(), h.name(), h.level(),
                h.parent() == null ? null : h.parent().value())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DepartmentView> departments() {
        return departments.findAll().stream().map(d -> new DepartmentView(d.code().value(), d.name())).toList();
    }

    @Override
    @Transactional
    public boolean registerHallIfAbsent(RegisterHallCommand c) {
        if (halls.findByCode(c.code()).isPresent()) {
            return false;
        }
        ServiceHall hall = ServiceHall.of(c.code(), c.name(), c.level(), c.parent());
        if (c.parent() != null) {
            ServiceHall parent = halls.findByCode(c.parent())
                    .orElseThrow(() -> new ResourceNotFound("hall", c.parent().value()));
            hall.requireParentLevel(parent.level());
        }
        halls.save(hall);
        return true;
    }

    @Override
    @Transactional
    public boolean registerDepartmentIfAbsent(Department department) {
        if (departments.findByCode(department.code()).isPresent()) {
            return false;
        }
        departments.save(department);
        return true;
    }
}
