package org.openhall.bootstrap.countypack;

import org.openhall.network.application.port.in.StaffDefinition;

/**
 * A staff member of a validated pack, with the demo password the pack gives for a new account
 * ({@code null} when it gives none: exports never carry passwords) and the demo second-factor
 * secret in Base32 ({@code null} when it gives none: the account then enrols its own).
 */
public record StaffEntry(StaffDefinition definition, String password, String totpSecret) {
}
