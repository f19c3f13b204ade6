package org.openhall.shared.adapter.in.web.security;

import java.util.Optional;

/**
 * Finds the staff member an OpenHall session token ({@code oh_…}) stands for. The network context
 * implements it over its sessions; the shared security rules know only this interface, so that the
 * shared kernel depends on no context.
 */
@FunctionalInterface
public interface StaffTokenAuthenticator {

    /** The signed-in staff member, if the token names a live session of an enabled account. */
    Optional<StaffPrincipal> principalOf(String token);
}
