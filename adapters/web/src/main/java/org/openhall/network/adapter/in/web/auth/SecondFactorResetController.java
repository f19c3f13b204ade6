package org.openhall.network.adapter.in.web.auth;

import org.openhall.network.application.port.in.ResetSecondFactorUseCase;
import org.openhall.shared.domain.access.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The security administrator's (安全管理员) work on colleagues' credentials. */
@RestController
@RequestMapping("/api/v1/admin/staff")
@Tag(name = "Credentials", description = "Security administrator: resetting a colleague's second factor")
public class SecondFactorResetController {

    private final ResetSecondFactorUseCase reset;

    public SecondFactorResetController(ResetSecondFactorUseCase reset) {
        this.reset = reset;
    }

    @PostMapping("/{username}/second-factor/reset")
    @Operation(summary = "Removes a colleague's second factor (a lost phone) and ends their sessions; "
            + "they enrol a new one with their password")
    @ApiResponse(responseCode = "204", description = "Reset")
    @ApiResponse(responseCode = "404", description = "staff.not-found")
    public ResponseEntity<Void> reset(Actor actor, @PathVariable String username) {
        reset.reset(actor, username);
        return ResponseEntity.noContent().build();
    }
}
