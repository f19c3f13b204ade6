package org.openhall.network.adapter.in.web;

import java.time.LocalDate;
import java.util.List;

import org.openhall.network.application.port.in.WindowDutyQuery;
import org.openhall.network.domain.WindowCode;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Who serves which window on a day under the A/B post system (AB岗工作制): for staff at the
 * windows, and for supervisors the windows nobody serves (空岗).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Window duty", description = "A/B posts, absences and unattended windows, for staff")
public class WindowDutyController {

    private static final NetworkResponseMapper MAPPER = NetworkResponseMapper.INSTANCE;

    private final WindowDutyQuery duty;

    public WindowDutyController(WindowDutyQuery duty) {
        this.duty = duty;
    }

    @GetMapping("/windows/{code}/duty")
    @Operation(summary = "Tells who serves a window on a date: the A post, the B post acting for A, or nobody")
    public WindowDutyResponse duty(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return MAPPER.toResponse(duty.dutyOf(new WindowCode(code), date), date);
    }

    @GetMapping("/supervision/unattended-windows")
    @Operation(summary = "Lists the windows nobody serves on a date (空岗), by window code")
    public List<WindowDutyResponse> unattended(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return duty.unattendedWindows(date).stream().map(d -> MAPPER.toResponse(d, date)).toList();
    }
}
