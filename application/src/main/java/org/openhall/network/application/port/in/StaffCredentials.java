package org.openhall.network.application.port.in;

import org.openhall.shared.domain.access.Actor;

/** What sign-in needs to know of an account: its hash, whether it may sign in, and who it acts as. */
public record StaffCredentials(String username, String passwordHash, boolean enabled, Actor actor) {
}
