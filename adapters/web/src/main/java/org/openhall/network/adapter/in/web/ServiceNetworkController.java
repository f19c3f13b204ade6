package org.openhall.network.adapter.in.web;

import java.util.List;

import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service network (服务网络): where citizens can go — the city centre, township centres and
 * village stations — and which departments serve there. Public.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Service network", description = "Halls at three levels and departments, public")
@SecurityRequirements
public class ServiceNetworkController {

    private final ServiceNetworkQuery network;

    public ServiceNetworkController(ServiceNetworkQuery network) {
        this.network = network;
    }

    @GetMapping("/halls")
    @Operation(summary = "Lists every hall: the city centre, then township centres, then village stations")
    public List<HallView> halls() {
        return network.halls();
    }

    @GetMapping("/departments")
    @Operation(summary = "Lists the departments stationed in the centre")
    public List<DepartmentView> departments() {
        return network.departments();
    }
}
