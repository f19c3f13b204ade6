package org.openhall.network.adapter.in.web;

import java.util.List;
import java.util.Optional;

import org.openhall.network.application.port.in.DepartmentView;
import org.openhall.network.application.port.in.HallView;
import org.openhall.network.application.port.in.ServiceNetworkQuery;
import org.openhall.network.domain.HallCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service network (服务网络): where citizens can go — the city centre, township centres and
 * village stations — when they are open, what can be brought there, at which windows, and which
 * departments serve there. Public; who staffs a window is not.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Service network", description = "Halls at three levels, their windows and departments, public")
@SecurityRequirements
public class ServiceNetworkController {

    private static final NetworkResponseMapper MAPPER = NetworkResponseMapper.INSTANCE;

    private final ServiceNetworkQuery network;

    public ServiceNetworkController(ServiceNetworkQuery network) {
        this.network = network;
    }

    @GetMapping("/halls")
    @Operation(summary = "Lists every hall with its address and opening hours: the city centre, then township "
            + "centres, then village stations")
    public List<HallView> halls() {
        return network.halls();
    }

    @GetMapping("/halls/{code}")
    @Operation(summary = "Shows one hall with the items it handles and its windows")
    public HallDetailResponse hall(@PathVariable String code) {
        return MAPPER.toResponse(network.hall(new HallCode(code)));
    }

    @GetMapping("/windows")
    @Operation(summary = "Lists windows with their kind, department and items; of one hall with hall=<code>")
    public List<WindowResponse> windows(@RequestParam Optional<String> hall) {
        return network.windows(hall.map(HallCode::new).orElse(null)).stream().map(MAPPER::toResponse).toList();
    }

    @GetMapping("/departments")
    @Operation(summary = "Lists the county's departments and whether each is stationed in the centre")
    public List<DepartmentView> departments() {
        return network.departments();
    }
}
