package org.openhall.network.adapter.in.web;

import java.util.List;

import org.openhall.network.application.port.in.DepartmentRatesQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The centre's figures per department: window authorization (窗口授权率, target 100 %) and the
 * "three concentrations" (三集中, target at least 95 %). For supervisors and administrators.
 */
@RestController
@RequestMapping("/api/v1/network")
@Tag(name = "Network figures", description = "Authorization and three-concentrations rates per department")
public class NetworkRatesController {

    private static final NetworkResponseMapper MAPPER = NetworkResponseMapper.INSTANCE;

    private final DepartmentRatesQuery rates;

    public NetworkRatesController(DepartmentRatesQuery rates) {
        this.rates = rates;
    }

    @GetMapping("/rates")
    @Operation(summary = "Lists each department's authorization and three-concentrations rates with their counts")
    public List<DepartmentRatesResponse> rates() {
        return rates.rates().stream().map(MAPPER::toResponse).toList();
    }
}
