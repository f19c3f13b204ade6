package org.openhall.bootstrap.countypack.spec;

import java.util.List;

import org.openhall.bootstrap.countypack.Where;

/**
 * A staff member (工作人员). The password, when the pack gives one, is for a new account only and
 * is hashed before it is stored; an existing account keeps its own. Likewise the demo second-factor
 * secret (Base32), which is set up for a new account so that the demo accounts can sign in at once.
 */
public record StaffSpec(Where where, String username, String displayName, List<String> roles, String department,
        String hall, String password, String totpSecret) {
}
