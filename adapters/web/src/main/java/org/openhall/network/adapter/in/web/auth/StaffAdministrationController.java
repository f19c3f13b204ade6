package org.openhall.network.adapter.in.web.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.openhall.network.application.port.in.ChangeStaffRolesUseCase;
import org.openhall.network.application.port.in.UnlockStaffAccountUseCase;
import org.openhall.shared.domain.InvalidValue;
import org.openhall.shared.domain.access.Actor;
import org.openhall.shared.domain.access.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The security administrator's (安全管理员) work on colleagues' accounts besides the second factor:
 * unlocking after failed sign-ins and granting or revoking roles within the separation of duties.
 * Every call is recorded in the audit trail by the web filter, like every state-changing request.
 */
@RestController
@RequestMapping("/api/v1/admin/staff")
@Tag(name = "Credentials", description = "Security administrator: unlocking accounts, granting and revoking roles")
public class StaffAdministrationController {

    private final UnlockStaffAccountUseCase unlock;
    private final ChangeStaffRolesUseCase roles;

    public StaffAdministrationController(UnlockStaffAccountUseCase unlock, ChangeStaffRolesUseCase roles) {
        this.unlock = unlock;
        this.roles = roles;
    }

    /** The roles an account holds after a change, in the order of {@link Role}. */
    public record StaffRolesResponse(String username, List<String> roles) {

        static StaffRolesResponse of(String username, Set<Role> roles) {
            return new StaffRolesResponse(username,
                    Arrays.stream(Role.values()).filter(roles::contains).map(Role::name).toList());
        }
    }

    @PostMapping("/{username}/unlock")
    @Operation(summary = "Forgets every failed sign-in counted against a colleague's account, from every address, "
            + "so that a locked or slowed-down account signs in again at once")
    @ApiResponse(responseCode = "204", description = "Unlocked")
    @ApiResponse(responseCode = "404", description = "staff.not-found")
    public ResponseEntity<Void> unlock(Actor actor, @PathVariable String username) {
        unlock.unlock(actor, username);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{username}/roles/{role}")
    @Operation(summary = "Grants a colleague a role; nobody holds two of the three separated administrator roles, "
            + "or one of them together with a role that handles cases")
    @ApiResponse(responseCode = "200", description = "The roles afterwards")
    @ApiResponse(responseCode = "404", description = "staff.not-found")
    @ApiResponse(responseCode = "409", description = "staff.roles-conflict")
    public StaffRolesResponse grant(Actor actor, @PathVariable String username, @PathVariable String role) {
        return StaffRolesResponse.of(username, roles.grant(actor, username, roleOf(role)));
    }

    @DeleteMapping("/{username}/roles/{role}")
    @Operation(summary = "Revokes a role of a colleague; the last role cannot be revoked (disable the account instead)")
    @ApiResponse(responseCode = "200", description = "The roles afterwards")
    @ApiResponse(responseCode = "404", description = "staff.not-found")
    @ApiResponse(responseCode = "422", description = "staff.last-role")
    public StaffRolesResponse revoke(Actor actor, @PathVariable String username, @PathVariable String role) {
        return StaffRolesResponse.of(username, roles.revoke(actor, username, roleOf(role)));
    }

    private static Role roleOf(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidValue("role", "not one of " + Arrays.toString(Role.values())));
    }
}
