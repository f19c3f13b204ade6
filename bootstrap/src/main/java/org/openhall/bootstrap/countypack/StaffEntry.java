package org.openhall.bootstrap.countypack;

import org.openhall.network.application.port.in.StaffDefinition;

/**
 * A staff member of a validated pack, with the demo password the pack gives for a new account
 * ({@code null} when it gives none: exports never carry passwords).
 */
public record StaffEntry(StaffDefinition definition, String password) {
}
