package org.openhall.network.application.port.in;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Looks up staff accounts for sign-in (工作人员名录). */
@PrimaryPort
public interface StaffDirectory {

    Optional<StaffCredentials> credentialsOf(String username);
}
