package org.openhall.network.adapter.in.web;

import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.shared.adapter.in.web.security.StaffPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the staff account that signs in, through the staff directory (工作人员名录). It belongs to
 * the network context, whose port it calls; the shared security rules only know it as a
 * {@link UserDetailsService}, so that the shared kernel depends on no context.
 */
@Component
public class StaffUserDetailsService implements UserDetailsService {

    private final StaffDirectory staff;

    public StaffUserDetailsService(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffCredentials credentials = staff.credentialsOf(username)
                // The message stays in the log; the client only ever sees "not authenticated", so
                // that nobody can probe which user names exist.
                .orElseThrow(() -> new UsernameNotFoundException("No staff account of that name"));
        return new StaffPrincipal(credentials.actor(), credentials.passwordHash(), credentials.enabled());
    }
}
