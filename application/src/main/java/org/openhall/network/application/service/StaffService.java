package org.openhall.network.application.service;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.Application;
import org.openhall.network.application.port.in.OpenStaffAccountCommand;
import org.openhall.network.application.port.in.OpenStaffAccountUseCase;
import org.openhall.network.application.port.in.StaffCredentials;
import org.openhall.network.application.port.in.StaffDirectory;
import org.openhall.network.application.port.out.StaffAccountRepository;
import org.openhall.network.domain.StaffAccount;
import org.openhall.network.domain.StaffUsername;
import org.openhall.shared.domain.DomainProblem;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: opening them and looking them up for sign-in. */
@Application
public class StaffService implements StaffDirectory, OpenStaffAccountUseCase {

    private final StaffAccountRepository accounts;

    public StaffService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffCredentials> credentialsOf(String username) {
        StaffUsername name;
        try {
            name = new StaffUsername(username);
        } catch (DomainProblem malformed) {
            // A name that cannot exist is simply unknown: sign-in must not tell the two apart.
            return Optional.empty();
        }
        return accounts.findByUsername(name)
                .map(a -> new StaffCredentials(a.username().value(), a.passwordHash(), a.enabled(), a.asActor()));
    }

    @Override
    @Transactional
    public boolean openIfAbsent(OpenStaffAccountCommand c) {
        if (accounts.findByUsername(c.username()).isPresent()) {
            return false;
        }
        accounts.save(StaffAccount.open(c.username(), c.displayName(), c.passwordHash(), c.roles(), c.department()));
        return true;
    }
}
